import type { ResponseReport } from '../../usecases/report-ports.js';
import { drawTable, type CellRun } from '../pdf/draw-table.js';
import { FONT } from '../pdf/fonts.js';
import { COLOUR, CONTENT_WIDTH, SIZE } from '../pdf/page-layout.js';
import type { ReportWriter } from '../pdf/report-writer.js';
import type { ReportFormat } from '../report-format.js';
import { fill, type ReportTexts } from '../report-texts.js';

const WHO_WIDTH = 85;
const DUE_WIDTH = 78;
const COST_WIDTH = 48;
const STATUS_WIDTH = 66;

/**
 * The plan the association made its own, before the proposals: its priorities, then one row an
 * action with who, by when, free or paid, and how far along. Nothing when it has none.
 */
export function drawOwnedPlanSection(
  writer: ReportWriter,
  report: ResponseReport,
  texts: ReportTexts,
  format: ReportFormat,
): void {
  const plan = report.ownedPlan;
  if (!plan) return;
  const words = texts.ownedPlan;
  writer.newPage();
  writer.group(writer.root, 'Sect', (section) => {
    writer.heading(section, 1, words.title);
    writer.paragraph(section, words.intro, { colour: COLOUR.muted, size: SIZE.small });
    if (plan.priorities.length > 0) {
      writer.paragraph(
        section,
        fill(words.priorities, { areas: plan.priorities.join(texts.area.listSeparator) }),
        { font: FONT.semibold },
      );
    }
    if (plan.actions.length === 0) {
      writer.paragraph(section, words.noActions);
      return;
    }
    const cell = (text: string | null): CellRun[] => [{ text: text ?? words.none }];
    drawTable(writer, section, {
      columns: [
        {
          header: words.action,
          width: CONTENT_WIDTH - WHO_WIDTH - DUE_WIDTH - COST_WIDTH - STATUS_WIDTH,
        },
        { header: words.who, width: WHO_WIDTH },
        { header: words.due, width: DUE_WIDTH },
        { header: words.cost, width: COST_WIDTH },
        { header: words.status, width: STATUS_WIDTH },
      ],
      rows: plan.actions.map((action) => [
        [
          { text: action.title, font: FONT.semibold, size: SIZE.body },
          ...(action.areaTitle
            ? [
                {
                  text: fill(words.inArea, { area: action.areaTitle }),
                  colour: COLOUR.muted,
                  size: 8.5,
                },
              ]
            : []),
        ],
        cell(action.owner),
        cell(action.dueDate === null ? null : format.day(action.dueDate)),
        cell(action.cost === null ? null : words.costs[action.cost]),
        cell(words.statuses[action.status]),
      ]),
    });
  });
}
