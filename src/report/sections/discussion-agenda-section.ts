import type { GroupReport } from '../../usecases/report-ports.js';
import { drawTable } from '../pdf/draw-table.js';
import { FONT } from '../pdf/fonts.js';
import { COLOUR, CONTENT_WIDTH, SIZE } from '../pdf/page-layout.js';
import type { ReportWriter, Struct } from '../pdf/report-writer.js';
import type { GroupTexts } from '../locales/group-fr.js';
import type { ReportFormat } from '../report-format.js';
import { fill } from '../report-texts.js';

/** The shared priorities the agenda lists, as on the dashboard: beyond, they concern few. */
export const AGENDA_PRIORITIES = 10;

/**
 * What the room should discuss, as the dashboard shows it: the questions the shared answers
 * differ most on (how many chose each answer, never who), then the ten most shared priorities
 * with how many associations each concerns.
 */
export function drawDiscussionAgenda(
  writer: ReportWriter,
  parent: Struct,
  report: Pick<GroupReport, 'agenda' | 'priorities' | 'counts'>,
  texts: GroupTexts,
  format: ReportFormat,
): void {
  writer.heading(parent, 1, texts.agendaTitle);
  writer.paragraph(parent, texts.agendaIntro);
  drawDivergentQuestions(writer, parent, report.agenda, texts, format);
  drawSharedPriorities(writer, parent, report, texts, format);
}

function drawDivergentQuestions(
  writer: ReportWriter,
  parent: Struct,
  agenda: GroupReport['agenda'],
  texts: GroupTexts,
  format: ReportFormat,
): void {
  const { counted } = format;
  writer.heading(parent, 2, texts.divergentTitle);
  if (!agenda.enough) {
    writer.paragraph(
      parent,
      fill(format.plural(agenda.basis, texts.divergentTooFew), {
        count: agenda.basis,
        minimum: agenda.minimum,
      }),
    );
    return;
  }
  writer.paragraph(
    parent,
    counted(agenda.basis, agenda.latestOnly ? texts.divergentLatest : texts.divergentBasis),
    { font: FONT.semibold },
  );
  writer.paragraph(parent, texts.divergentIntro, { colour: COLOUR.muted, size: SIZE.small });
  if (agenda.questions.length === 0) {
    writer.paragraph(parent, counted(agenda.basis, texts.divergentNone));
    return;
  }
  drawTable(writer, parent, {
    columns: [
      { header: texts.question, width: CONTENT_WIDTH - 190 - 60 },
      { header: texts.answers, width: 190 },
      { header: texts.gap, width: 60, align: 'right' },
    ],
    rows: agenda.questions.map((question) => [
      [
        { text: question.title, font: FONT.semibold },
        {
          text: `${question.areaTitle} · ${counted(question.answered, texts.answeredCount)}`,
          size: SIZE.small,
          colour: COLOUR.muted,
        },
      ],
      question.distribution.map((entry) => ({
        text: fill(texts.answerCount, { answer: entry.label, count: entry.count }),
        size: SIZE.small,
      })),
      [
        {
          text: fill(texts.gapValue, {
            gap: format.score(Math.round(question.disagreement * 100)),
          }),
        },
      ],
    ]),
  });
}

/** Points kept on one page for the priorities' heading, sentence, table head and two rows. */
const PRIORITIES_KEPT_TOGETHER = 150;

function drawSharedPriorities(
  writer: ReportWriter,
  parent: Struct,
  report: Pick<GroupReport, 'priorities' | 'counts'>,
  texts: GroupTexts,
  format: ReportFormat,
): void {
  // The heading, its sentence and the table's first rows together: never a heading alone at
  // the foot of a page with its table overleaf.
  writer.ensureSpace(PRIORITIES_KEPT_TOGETHER);
  writer.heading(parent, 2, texts.prioritiesTitle);
  if (report.priorities.length === 0) {
    writer.paragraph(parent, texts.prioritiesEmpty);
    return;
  }
  writer.paragraph(parent, texts.prioritiesIntro, { colour: COLOUR.muted, size: SIZE.small });
  drawTable(writer, parent, {
    columns: [
      { header: texts.recommendation, width: CONTENT_WIDTH - 130 - 125 },
      { header: texts.area, width: 130 },
      { header: texts.sharedByHeader, width: 125, align: 'right' },
    ],
    rows: report.priorities.slice(0, AGENDA_PRIORITIES).map((priority) => [
      [{ text: priority.title, font: FONT.semibold }],
      [{ text: priority.areaTitle }],
      [
        {
          text: fill(format.plural(priority.count, texts.sharedBy), {
            count: priority.count,
            total: report.counts.submitted,
          }),
        },
      ],
    ]),
  });
  const more = report.priorities.length - AGENDA_PRIORITIES;
  if (more > 0) {
    writer.paragraph(parent, format.counted(more, texts.morePriorities), {
      size: SIZE.small,
      colour: COLOUR.muted,
    });
  }
}
