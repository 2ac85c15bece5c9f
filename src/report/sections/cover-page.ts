import type { ResponseReport } from '../../usecases/report-ports.js';
import { FONT } from '../pdf/fonts.js';
import { COLOUR, CONTENT_WIDTH, PAGE, SIZE } from '../pdf/page-layout.js';
import type { ReportWriter } from '../pdf/report-writer.js';
import type { ReportFormat } from '../report-format.js';
import { fill, type ReportTexts } from '../report-texts.js';

/** The first page: who, when, which questionnaire, and the overall result in words. */
export function drawCoverPage(
  writer: ReportWriter,
  report: ResponseReport,
  texts: ReportTexts,
  format: ReportFormat,
): void {
  const { doc } = writer;
  const left = PAGE.margins.left;
  writer.group(writer.root, 'Sect', (section) => {
    doc.y = PAGE.margins.top + 40;
    writer.paragraph(section, texts.cover.kicker.toUpperCase(), {
      font: FONT.semibold,
      size: SIZE.small,
      colour: COLOUR.accent,
      after: 4,
    });
    writer.heading(section, 1, report.questionnaire.title);
    if (report.associationName) {
      writer.paragraph(
        section,
        fill(texts.cover.forAssociation, { association: report.associationName }),
        {
          font: FONT.semibold,
          size: 16,
          after: 10,
        },
      );
    }
    writer.paragraph(section, fill(texts.cover.date, { date: format.date(report.date) }), {
      colour: COLOUR.muted,
      after: 2,
    });
    writer.paragraph(
      section,
      fill(texts.cover.questionnaire, {
        title: report.questionnaire.title,
        version: report.questionnaire.version,
      }),
      { colour: COLOUR.muted, after: 24 },
    );

    // The overall result, in a panel.
    const { overall } = report;
    const top = doc.y;
    const panelTexts = [
      texts.cover.overallTitle,
      overall.score === null
        ? texts.cover.overallNone
        : fill(texts.cover.overallScore, { score: format.score(overall.score) }),
      overall.level ? fill(texts.cover.level, { level: overall.level.title }) : '',
      overall.level?.description ?? '',
      fill(texts.cover.coverage, { percent: format.percent(overall.coverage) }),
    ];
    const inner = CONTENT_WIDTH - 32;
    const height =
      measure(doc, panelTexts[0]!, FONT.semibold, SIZE.h3, inner) +
      measure(doc, panelTexts[1]!, FONT.semibold, overall.score === null ? SIZE.h2 : 30, inner) +
      measure(doc, panelTexts[2]!, FONT.semibold, SIZE.h2, inner) +
      measure(doc, panelTexts[3]!, FONT.regular, SIZE.body, inner) +
      measure(doc, panelTexts[4]!, FONT.regular, SIZE.small, inner) +
      32;
    writer.artifact(() => {
      doc.roundedRect(left, top, CONTENT_WIDTH, height, 6).fillColor(COLOUR.panel).fill();
      doc.rect(left, top, 5, height).fillColor(COLOUR.accent).fill();
    });
    doc.y = top + 16;
    const line = (
      text: string,
      font: (typeof FONT)[keyof typeof FONT],
      size: number,
      tag = 'P',
    ) => {
      if (!text) return;
      writer.element(section, tag, () => {
        writer.style({ font, size, colour: COLOUR.text });
        doc.text(text, left + 16, doc.y, { width: inner, lineGap: SIZE.lineGap });
      });
      doc.y += 4;
    };
    line(panelTexts[0]!, FONT.semibold, SIZE.h3, 'H2');
    line(panelTexts[1]!, FONT.semibold, overall.score === null ? SIZE.h2 : 30);
    line(panelTexts[2]!, FONT.semibold, SIZE.h2);
    line(panelTexts[3]!, FONT.regular, SIZE.body);
    line(panelTexts[4]!, FONT.regular, SIZE.small);
    doc.y = top + height + 24;
    writer.paragraph(section, texts.cover.howToRead, { colour: COLOUR.muted, after: 12 });
    writer.heading(section, 3, texts.profile.levelsTitle);
    writer.list(
      section,
      [...report.levels]
        .sort((a, b) => a.min - b.min)
        .map((level) =>
          fill(texts.profile.levelItem, {
            title: level.title,
            min: level.min,
            max: level.max,
            description: level.description,
          }),
        ),
      { size: SIZE.small },
    );
  });
}

function measure(
  doc: PDFKit.PDFDocument,
  text: string,
  font: string,
  size: number,
  width: number,
): number {
  if (!text) return 0;
  return doc.font(font).fontSize(size).heightOfString(text, { width, lineGap: SIZE.lineGap }) + 4;
}
