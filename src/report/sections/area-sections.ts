import type { AnswerFinding } from '../../domain/index.js';
import type { ReportArea, ResponseReport } from '../../usecases/report-ports.js';
import { FONT } from '../pdf/fonts.js';
import { COLOUR, SIZE } from '../pdf/page-layout.js';
import type { ReportWriter, Struct } from '../pdf/report-writer.js';
import type { ReportFormat } from '../report-format.js';
import { fill, type ReportTexts } from '../report-texts.js';

/** Strengths listed by name in an area; the others are counted. */
const SHOWN_STRENGTHS = 3;

/**
 * One section an area: its score and level and what the level means, what the answers show,
 * and the recommendations of the plan that belong to it (their details are in the plan).
 */
export function drawAreaSections(
  writer: ReportWriter,
  report: ResponseReport,
  texts: ReportTexts,
  format: ReportFormat,
): void {
  writer.newPage();
  for (const area of report.areas) {
    writer.group(writer.root, 'Sect', (section) => {
      writer.heading(section, 2, area.title);
      writer.paragraph(section, area.description, { colour: COLOUR.muted, size: SIZE.small });
      drawStanding(writer, section, area, texts, format);
      if (report.answersShown) drawFindings(writer, section, area, texts, format);
      const items = report.plan.filter((item) => item.areaId === area.id);
      writer.heading(section, 3, texts.area.recommendationsTitle);
      if (items.length === 0) {
        writer.paragraph(section, texts.area.noRecommendations, { size: SIZE.small });
      } else {
        // One paragraph: the details are in the plan, and a list here would double its length.
        writer.paragraph(
          section,
          fill(texts.area.recommendationsList, {
            titles: items.map((item) => item.title).join(texts.area.listSeparator),
          }),
          { size: SIZE.small },
        );
      }
      writer.doc.y += 8;
    });
  }
}

function drawStanding(
  writer: ReportWriter,
  section: Struct,
  area: ReportArea,
  texts: ReportTexts,
  format: ReportFormat,
): void {
  if (area.score === null) {
    const text =
      area.status === 'notApplicable'
        ? texts.area.notApplicable
        : fill(texts.area.insufficient, { percent: format.percent(area.coverage) });
    writer.paragraph(section, text, { font: FONT.semibold });
    return;
  }
  const standing = [fill(texts.area.score, { score: format.score(area.score) })];
  if (area.level) standing.push(fill(texts.area.level, { level: area.level.title }));
  writer.paragraph(section, standing.join('   ·   '), { font: FONT.semibold, after: 3 });
  if (area.level) writer.paragraph(section, area.level.description);
}

function drawFindings(
  writer: ReportWriter,
  section: Struct,
  area: ReportArea,
  texts: ReportTexts,
  format: ReportFormat,
): void {
  if (area.score === null && area.status === 'notApplicable') return;
  writer.heading(section, 3, texts.area.answersTitle);
  const groups: Array<[string, AnswerFinding[]]> = [
    [texts.area.strengths, area.strengths],
    [texts.area.gaps, area.gaps],
    [texts.area.dontKnow, area.dontKnow],
  ];
  if (groups.every(([, findings]) => findings.length === 0)) {
    writer.paragraph(section, texts.area.noFindings, { size: SIZE.small });
    return;
  }
  for (const [title, findings] of groups) {
    if (findings.length === 0) continue;
    writer.paragraph(section, title, { font: FONT.semibold, size: SIZE.small, after: 2 });
    // Strengths are for encouragement: a few say it; gaps and unknowns are what to act on.
    const shown = findings === area.strengths ? findings.slice(0, SHOWN_STRENGTHS) : findings;
    const items = shown.map((finding) =>
      fill(texts.area.finding, { question: finding.question, answer: finding.answer }),
    );
    if (shown.length < findings.length) {
      const more = findings.length - shown.length;
      items.push(fill(format.plural(more, texts.area.moreStrengths), { count: more }));
    }
    writer.list(section, items, { size: SIZE.small });
  }
}
