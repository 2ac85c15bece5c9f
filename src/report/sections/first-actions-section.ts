import type { ReportFirstAction, ResponseReport } from '../../usecases/report-ports.js';
import { FONT } from '../pdf/fonts.js';
import { COLOUR, SIZE } from '../pdf/page-layout.js';
import type { ReportWriter } from '../pdf/report-writer.js';
import type { ReportFormat } from '../report-format.js';
import { fill, type ReportTexts } from '../report-texts.js';

/**
 * "Par où commencer", right after the cover: the (at most three) actions the results chose
 * first, as the results page lists them (title, area, effort, text, and why each), and where
 * the full plan is. Nothing when there is none.
 */
export function drawFirstActionsSection(
  writer: ReportWriter,
  report: ResponseReport,
  texts: ReportTexts,
  format: ReportFormat,
): void {
  const actions = report.firstActions;
  if (actions.length === 0) return;
  const words = texts.first;
  writer.newPage();
  writer.group(writer.root, 'Sect', (section) => {
    writer.heading(section, 1, words.title);
    const count = actions.length;
    writer.paragraph(section, format.counted(count, words.intro), { after: 2 });
    writer.paragraph(section, words.fullPlan, { colour: COLOUR.muted, size: SIZE.small });
    actions.forEach((action, index) => {
      writer.group(section, 'Sect', (part) => {
        writer.heading(part, 2, `${index + 1}. ${action.title}`);
        writer.paragraph(
          part,
          fill(words.meta, { area: action.areaTitle, effort: texts.plan.grades[action.effort] }),
          { colour: COLOUR.muted, size: SIZE.small, after: 4 },
        );
        writer.paragraph(part, action.text, { after: 4 });
        writer.paragraph(part, reasonText(action, texts, format), {
          font: FONT.semibold,
          size: SIZE.small,
          after: 10,
        });
      });
    });
  });
}

function reasonText(action: ReportFirstAction, texts: ReportTexts, format: ReportFormat): string {
  const { reason } = action;
  return reason.trigger === 'answer'
    ? fill(texts.first.whyAnswer, { answer: reason.answer, question: reason.question })
    : fill(texts.first.whyArea, { area: reason.area, score: format.score(reason.score) });
}
