import { FONT } from './fonts.js';
import { COLOUR, CONTENT_WIDTH, PAGE } from './page-layout.js';
import type { ReportWriter } from './report-writer.js';

/**
 * The running header (from the second page) and "Page n of N" on every page, drawn once all
 * pages exist, as pagination artifacts that screen readers skip.
 */
export function drawPageDecorations(
  writer: ReportWriter,
  header: string,
  pageLabel: (page: number, count: number) => string,
): void {
  const { doc } = writer;
  const { start, count } = doc.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i);
    // Writing in the margins must not start a new page.
    const bottomMargin = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    writer.artifact(() => {
      doc.font(FONT.regular).fontSize(8).fillColor(COLOUR.muted);
      if (i > start) {
        doc.text(header, PAGE.margins.left, 30, {
          width: CONTENT_WIDTH,
          height: 12,
          ellipsis: true,
          lineBreak: false,
        });
        doc
          .lineWidth(0.5)
          .strokeColor(COLOUR.rule)
          .moveTo(PAGE.margins.left, 44)
          .lineTo(PAGE.margins.left + CONTENT_WIDTH, 44)
          .stroke();
      }
      doc.text(pageLabel(i - start + 1, count), PAGE.margins.left, PAGE.height - 40, {
        width: CONTENT_WIDTH,
        align: 'center',
        lineBreak: false,
      });
    }, 'Pagination');
    doc.page.margins.bottom = bottomMargin;
  }
}
