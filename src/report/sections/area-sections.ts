import type { AnswerFinding } from '../../domain/index.js';
import type { ReportArea, ResponseReport } from '../../usecases/report-ports.js';
import { FONT } from '../pdf/fonts.js';
import { COLOUR, PAGE, SIZE } from '../pdf/page-layout.js';
import type { ReportWriter, Struct, TextStyle } from '../pdf/report-writer.js';
import type { ReportFormat } from '../report-format.js';
import { fill, type ReportTexts } from '../report-texts.js';

/** Strengths listed by name in an area; the others are counted. */
const SHOWN_STRENGTHS = 3;

/**
 * One section an area: its score and level and what that level means for this area, what the
 * answers show, the few answers that would take it to the next level, and the recommendations
 * of the plan that belong to it (their details are in the plan).
 */
export function drawAreaSections(
  writer: ReportWriter,
  report: ResponseReport,
  texts: ReportTexts,
  format: ReportFormat,
): void {
  writer.newPage();
  for (const area of report.areas) {
    const head: Array<[string, TextStyle]> = [
      [area.description, { colour: COLOUR.muted, size: SIZE.small }],
      ...standing(area, texts, format),
    ];
    // An area's head stays together (title, what it covers, its score, what its level means for
    // it), unless it would take more than half a page.
    const headHeight = head.reduce(
      (sum, [text, style]) => sum + writer.paragraphHeight(text, style),
      writer.paragraphHeight(area.title, { font: FONT.semibold, size: SIZE.h2 }) + SIZE.h2,
    );
    writer.ensureSpace(Math.min(headHeight, (writer.bottom - PAGE.margins.top) / 2));
    writer.group(writer.root, 'Sect', (section) => {
      writer.heading(section, 2, area.title);
      for (const [text, style] of head) writer.paragraph(section, text, style);
      if (report.answersShown) drawFindings(writer, section, area, texts, format);
      drawNextLevel(writer, section, area, texts, format);
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

/** The area's score and level, and what its level means for it; or why it has no score. */
function standing(
  area: ReportArea,
  texts: ReportTexts,
  format: ReportFormat,
): Array<[string, TextStyle]> {
  if (area.score === null) {
    const text =
      area.status === 'notApplicable'
        ? texts.area.notApplicable
        : fill(texts.area.insufficient, { percent: format.percent(area.coverage) });
    return [[text, { font: FONT.semibold }]];
  }
  const line = [fill(texts.area.score, { score: format.score(area.score) })];
  if (area.level) line.push(fill(texts.area.level, { level: area.level.title }));
  // The area's own text for its level: the level's general description, the same in every
  // area, is on the cover.
  const levelText = area.levelText ?? area.level?.description;
  const lines: Array<[string, TextStyle]> = [
    [line.join('   ·   '), { font: FONT.semibold, after: 3 }],
  ];
  if (levelText) lines.push([levelText, {}]);
  return lines;
}

/** "Pour passer au niveau suivant": the answers to give, what each adds, whether they suffice. */
function drawNextLevel(
  writer: ReportWriter,
  section: Struct,
  area: ReportArea,
  texts: ReportTexts,
  format: ReportFormat,
): void {
  const next = area.nextLevel;
  if (!next) return;
  const points = (value: number) =>
    fill(format.plural(value, texts.area.nextPoints), { points: format.score(value) });
  writer.heading(
    section,
    3,
    fill(texts.area.nextTitle, { level: next.title, points: points(next.pointsNeeded) }),
  );
  writer.list(
    section,
    next.steps.map((step) =>
      fill(texts.area.nextStep, {
        question: step.question,
        answer: step.answer,
        points: points(step.points),
      }),
    ),
    { size: SIZE.small, after: 2 },
  );
  const outcome = next.reached ? texts.area.nextReached : texts.area.nextNotEnough;
  writer.paragraph(section, format.plural(next.steps.length, outcome), {
    size: SIZE.small,
    colour: COLOUR.muted,
  });
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
      items.push(format.counted(more, texts.area.moreStrengths));
    }
    writer.list(section, items, { size: SIZE.small });
  }
}
