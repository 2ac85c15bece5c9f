import type {
  PaperCondition,
  PaperQuestion,
  PaperQuestionnaire,
} from '../usecases/paper/paper-questionnaire.js';
import { drawTable } from './pdf/draw-table.js';
import { FONT } from './pdf/fonts.js';
import { drawPageDecorations } from './pdf/page-decorations.js';
import { COLOUR, CONTENT_WIDTH, PAGE, SIZE } from './pdf/page-layout.js';
import { ReportWriter, type Struct } from './pdf/report-writer.js';
import { paperEn } from './locales/paper-en.js';
import { paperFr, type PaperTexts } from './locales/paper-fr.js';
import { reportFormat, type ReportFormat } from './report-format.js';
import { fill } from './report-texts.js';

/** A blank form has no date of its own: a fixed one keeps the bytes the same on every server. */
const FORM_DATE = new Date('2026-01-01T00:00:00.000Z');
const BOX = 10;
const SCALE_BOX = 22;

/**
 * The blank questionnaire to print: a cover with how to fill it in and the association's name,
 * every question with a box to tick per option (numbered, with its condition and help), and the
 * scoring grid at the end for the facilitator. Deterministic and tagged like the reports.
 */
export async function renderPaperQuestionnaire(paper: PaperQuestionnaire): Promise<Uint8Array> {
  const texts = paper.locale === 'en' ? paperEn : paperFr;
  const format = reportFormat(paper.locale);
  const writer = new ReportWriter({
    locale: paper.locale,
    title: `${texts.documentTitle} — ${paper.title}`,
    subject: texts.subject,
    date: FORM_DATE,
  });
  drawCover(writer, paper, texts);
  if (paper.contextQuestions.length > 0) {
    writer.newPage();
    writer.group(writer.root, 'Sect', (section) => {
      writer.heading(section, 1, texts.contextTitle);
      writer.paragraph(section, texts.contextIntro, { colour: COLOUR.muted, after: 10 });
      for (const question of paper.contextQuestions)
        drawQuestion(writer, section, question, texts, format);
    });
  }
  for (const area of paper.areas) {
    writer.newPage();
    writer.group(writer.root, 'Sect', (section) => {
      writer.heading(section, 1, area.title);
      writer.paragraph(section, area.description, { colour: COLOUR.muted, after: 10 });
      for (const question of area.questions) drawQuestion(writer, section, question, texts, format);
    });
  }
  drawScoringGrid(writer, paper, texts);
  drawPageDecorations(
    writer,
    fill(texts.runningHeader, { questionnaire: paper.title, version: paper.version }),
    (page, count) => fill(texts.page, { page, count }),
  );
  return writer.end();
}

function drawCover(writer: ReportWriter, paper: PaperQuestionnaire, texts: PaperTexts): void {
  const { doc } = writer;
  writer.group(writer.root, 'Sect', (section) => {
    writer.paragraph(section, texts.kicker, { font: FONT.semibold, colour: COLOUR.muted });
    writer.heading(section, 1, paper.title);
    writer.paragraph(section, fill(texts.version, { version: paper.version, id: paper.id }), {
      size: SIZE.small,
      colour: COLOUR.muted,
    });
    writer.paragraph(section, paper.description, { after: 18 });
    for (const label of [texts.associationName, texts.date, texts.filledBy]) {
      drawWriteInField(writer, section, label);
    }
    doc.y += 12;
    writer.heading(section, 2, texts.howTitle);
    writer.list(section, texts.how);
  });
}

/** A label followed by a line to write on. */
function drawWriteInField(writer: ReportWriter, parent: Struct, label: string): void {
  const { doc } = writer;
  writer.ensureSpace(30);
  const y = doc.y;
  writer.element(parent, 'P', () => {
    writer.style({ font: FONT.semibold });
    doc.text(label, PAGE.margins.left, y, { width: 150, lineBreak: false });
  });
  writer.artifact(() => {
    doc
      .lineWidth(0.7)
      .strokeColor(COLOUR.rule)
      .moveTo(PAGE.margins.left + 150, y + 13)
      .lineTo(PAGE.margins.left + CONTENT_WIDTH, y + 13)
      .stroke();
  });
  doc.y = y + 28;
}

function conditionText(condition: PaperCondition, texts: PaperTexts): string {
  const number = condition.questionNumber;
  if (condition.answers.length > 0) {
    const answers = condition.answers.map((text) => fill(texts.quote, { text })).join(texts.or);
    return fill(texts.conditionAnyOf, { answers, number });
  }
  if (condition.min !== null && condition.max !== null) {
    return fill(texts.conditionRange, { number, min: condition.min, max: condition.max });
  }
  if (condition.min !== null) return fill(texts.conditionMin, { number, min: condition.min });
  return fill(texts.conditionMax, { number, max: condition.max ?? '' });
}

function drawQuestion(
  writer: ReportWriter,
  parent: Struct,
  question: PaperQuestion,
  texts: PaperTexts,
  format: ReportFormat,
): void {
  const { doc } = writer;
  // Keep a question's title with its first options.
  writer.ensureSpace(90);
  writer.group(parent, 'Div', (block) => {
    if (question.condition) {
      writer.paragraph(block, conditionText(question.condition, texts), {
        font: FONT.semibold,
        size: SIZE.small,
        colour: COLOUR.accent,
        after: 1,
      });
    }
    writer.heading(
      block,
      3,
      fill(texts.questionTitle, { number: question.number, title: question.title }),
    );
    if (question.help) {
      writer.paragraph(block, question.help, { size: SIZE.small, colour: COLOUR.muted, after: 2 });
    }
    const how =
      question.type === 'multiple'
        ? texts.multiple
        : question.type === 'scale' && question.scale
          ? fill(texts.scale, { min: question.scale.min, max: question.scale.max })
          : texts.single;
    writer.paragraph(block, how, { size: SIZE.small, colour: COLOUR.muted, after: 4 });
    if (question.scale) drawScaleBoxes(writer, block, question.scale, format);
    for (const option of question.options) drawOptionBox(writer, block, option.label);
    doc.y += 10;
  });
}

/** One option: a square to tick (decoration) and its label (text). */
function drawOptionBox(writer: ReportWriter, parent: Struct, label: string): void {
  const { doc } = writer;
  const x = PAGE.margins.left + 8;
  writer.style({});
  const height = doc.heightOfString(label, { width: CONTENT_WIDTH - 30 });
  writer.ensureSpace(height + 4);
  const y = doc.y;
  writer.artifact(() => {
    doc
      .lineWidth(0.9)
      .strokeColor(COLOUR.text)
      .rect(x, y + 1.5, BOX, BOX)
      .stroke();
  });
  writer.element(parent, 'P', () => {
    writer.style({});
    doc.text(label, x + BOX + 8, y, { width: CONTENT_WIDTH - 30 });
  });
  doc.y = Math.max(doc.y, y + BOX + 2) + 3;
}

/** A scale: a row of numbered boxes, with what each value (or its ends) means underneath. */
function drawScaleBoxes(
  writer: ReportWriter,
  parent: Struct,
  scale: NonNullable<PaperQuestion['scale']>,
  format: ReportFormat,
): void {
  const { doc } = writer;
  const values = scale.values.map(({ value }) => value);
  const number = format.number;
  writer.ensureSpace(SCALE_BOX + 30);
  const y = doc.y;
  const x0 = PAGE.margins.left + 8;
  const gap = 8;
  writer.artifact(() => {
    values.forEach((_, index) => {
      doc
        .lineWidth(0.9)
        .strokeColor(COLOUR.text)
        .rect(x0 + index * (SCALE_BOX + gap), y, SCALE_BOX, SCALE_BOX)
        .stroke();
    });
  });
  writer.element(parent, 'P', () => {
    writer.style({ size: SIZE.small, colour: COLOUR.muted });
    values.forEach((value, index) => {
      doc.text(number(value), x0 + index * (SCALE_BOX + gap) + 2, y + 1, {
        width: SCALE_BOX - 3,
        lineBreak: false,
      });
    });
  });
  doc.y = y + SCALE_BOX + 4;
  const labelled = scale.values.filter((entry) => entry.label !== null);
  if (labelled.length > 0) {
    writer.paragraph(
      parent,
      labelled.map((entry) => `${number(entry.value)} = ${entry.label}`).join(' · '),
      { size: SIZE.small, colour: COLOUR.muted, after: 4 },
    );
  } else if (scale.minLabel && scale.maxLabel) {
    writer.paragraph(
      parent,
      `${number(scale.min)} = ${scale.minLabel} · ${number(scale.max)} = ${scale.maxLabel}`,
      { size: SIZE.small, colour: COLOUR.muted, after: 4 },
    );
  }
}

function drawScoringGrid(writer: ReportWriter, paper: PaperQuestionnaire, texts: PaperTexts): void {
  const format = reportFormat(paper.locale);
  writer.newPage();
  writer.group(writer.root, 'Sect', (section) => {
    writer.heading(section, 1, texts.gridTitle);
    writer.paragraph(section, texts.gridIntro, { colour: COLOUR.muted, after: 8 });
    writer.heading(section, 2, texts.computeTitle);
    const threshold = format.percent(paper.coverageThreshold);
    writer.list(section, [
      ...texts.compute.map((line) => fill(line, { threshold })),
      paper.dontKnow === 'lowest' ? texts.dontKnowLowest : texts.dontKnowExclude,
    ]);
    writer.heading(section, 2, texts.areasTitle);
    drawTable(writer, section, {
      columns: [
        { header: texts.area, width: CONTENT_WIDTH - 160 },
        { header: texts.weight, width: 60, align: 'right' },
        { header: texts.questionsOf, width: 100 },
      ],
      rows: paper.areas.map((area) => [
        [{ text: area.title }],
        [{ text: String(area.weight) }],
        [{ text: questionRange(area.questions) }],
      ]),
    });
    writer.doc.y += 8;
    writer.heading(section, 2, texts.levelsTitle);
    writer.list(
      section,
      paper.levels.map((level) => fill(texts.levelItem, level)),
    );
    writer.heading(section, 2, texts.pointsTitle);
    drawTable(writer, section, {
      columns: [
        { header: texts.question, width: CONTENT_WIDTH - 250 },
        { header: texts.weight, width: 50, align: 'right' },
        { header: texts.answers, width: 200 },
      ],
      rows: paper.areas.flatMap((area) =>
        area.questions.map((question) => [
          [
            {
              text: fill(texts.questionTitle, { number: question.number, title: question.title }),
              size: SIZE.small,
            },
          ],
          [{ text: String(question.weight ?? ''), size: SIZE.small }],
          pointsOf(question, texts).map((text) => ({ text, size: SIZE.small })),
        ]),
      ),
    });
  });
}

function questionRange(questions: PaperQuestion[]): string {
  const first = questions[0]?.number;
  const last = questions.at(-1)?.number;
  if (first === undefined || last === undefined) return '';
  return first === last ? String(first) : `${first}–${last}`;
}

function pointsOf(question: PaperQuestion, texts: PaperTexts): string[] {
  const lines: string[] = [];
  if (question.scale)
    lines.push(fill(texts.scalePoints, { min: question.scale.min, max: question.scale.max }));
  for (const option of question.options) {
    lines.push(
      option.points !== null
        ? fill(texts.optionPoints, { label: option.label, points: option.points })
        : option.special === 'dontKnowLowest'
          ? fill(texts.optionLowest, { label: option.label })
          : fill(texts.optionNoPoints, { label: option.label }),
    );
  }
  return lines;
}
