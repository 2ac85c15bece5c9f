import type { ReportScoreChange, ResponseReport } from '../../usecases/report-ports.js';
import { drawTable, type CellRun } from '../pdf/draw-table.js';
import { FONT } from '../pdf/fonts.js';
import { COLOUR, CONTENT_WIDTH, SIZE } from '../pdf/page-layout.js';
import type { ReportWriter } from '../pdf/report-writer.js';
import type { ReportFormat } from '../report-format.js';
import { fill, type ReportTexts } from '../report-texts.js';

/**
 * The change since the previous diagnosis: overall, then area by area, in points and levels.
 * Nothing when this diagnosis was not taken again from a submitted one.
 */
export function drawProgressSection(
  writer: ReportWriter,
  report: ResponseReport,
  texts: ReportTexts,
  format: ReportFormat,
): void {
  const { progress } = report;
  if (!progress) return;
  writer.newPage();
  writer.group(writer.root, 'Sect', (section) => {
    writer.heading(section, 1, texts.progress.title);
    writer.paragraph(
      section,
      fill(texts.progress.intro, { date: format.date(progress.previousDate) }),
      { colour: COLOUR.muted, size: SIZE.small },
    );
    const score = (value: number | null) => (value === null ? '—' : format.score(value));
    const row = (title: string, change: ReportScoreChange, bold: boolean): CellRun[][] => [
      [{ text: title, font: FONT.semibold, size: bold ? SIZE.body : SIZE.small }],
      [{ text: score(change.before) }],
      [{ text: score(change.after), font: FONT.semibold }],
      [{ text: pointsText(change, texts, format) }],
      [{ text: levelText(change, texts) }],
    ];
    drawTable(writer, section, {
      columns: [
        { header: texts.progress.area, width: CONTENT_WIDTH - 3 * 58 - 150 },
        { header: texts.progress.before, width: 58, align: 'right' },
        { header: texts.progress.after, width: 58, align: 'right' },
        { header: texts.progress.change, width: 58, align: 'right' },
        { header: texts.progress.level, width: 150 },
      ],
      rows: [
        row(texts.progress.overall, progress.overall, true),
        ...progress.areas.map((area) => row(area.title, area, false)),
      ],
    });
    if (progress.actionsDone.length > 0) {
      writer.heading(section, 2, texts.progress.actionsDone);
      writer.list(
        section,
        progress.actionsDone.map((action) =>
          fill(texts.progress.actionDone, {
            title: action.areaTitle ? `${action.title} (${action.areaTitle})` : action.title,
            date: format.date(action.doneAt),
          }),
        ),
      );
    }
  });
}

function pointsText(change: ReportScoreChange, texts: ReportTexts, format: ReportFormat): string {
  if (change.before === null && change.after !== null) return texts.progress.newArea;
  if (change.points === null) return '—';
  if (change.points === 0) return texts.progress.noChange;
  const points = Math.abs(change.points);
  return fill(format.plural(points, texts.progress.points), {
    sign: change.points > 0 ? '+' : '−',
    points: format.score(points),
  });
}

function levelText(change: ReportScoreChange, texts: ReportTexts): string {
  if (!change.levelAfter) return '—';
  if (!change.levelBefore || change.levelBefore === change.levelAfter) return change.levelAfter;
  const moved = fill(texts.progress.levelChange, {
    before: change.levelBefore,
    after: change.levelAfter,
  });
  return change.levelSteps
    ? `${moved} ${fill(texts.progress.levelSteps, {
        sign: change.levelSteps > 0 ? '+' : '−',
        steps: Math.abs(change.levelSteps),
      })}`
    : moved;
}
