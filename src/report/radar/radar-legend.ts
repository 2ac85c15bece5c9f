import { COLOUR, PAGE, SIZE } from '../pdf/page-layout.js';
import type { ReportWriter } from '../pdf/report-writer.js';
import { MEMBER_GREY, type RadarSeries } from './draw-radar.js';

export interface RadarLegendEntry {
  label: string;
  style: RadarSeries['style'];
}

const SAMPLE_WIDTH = 22;

/**
 * The radar's legend on one line under it: for each series, a sample drawn as the radar draws
 * it (a decoration) and its label (text a screen reader reads). Wraps to a new line when the
 * next entry would not fit.
 */
export function drawRadarLegend(
  writer: ReportWriter,
  parent: PDFKit.PDFStructureElement,
  entries: RadarLegendEntry[],
): void {
  const { doc } = writer;
  const right = doc.page.width - PAGE.margins.right;
  let x = PAGE.margins.left;
  let y = doc.y;
  for (const entry of entries) {
    writer.style({ size: SIZE.small });
    const width = SAMPLE_WIDTH + 6 + doc.widthOfString(entry.label);
    if (x > PAGE.margins.left && x + width > right) {
      x = PAGE.margins.left;
      y += 16;
    }
    writer.artifact(() => {
      doc.save();
      drawSample(doc, entry.style, x, y + 5);
      doc.restore();
    });
    writer.element(parent, 'P', () => {
      writer.style({ size: SIZE.small });
      doc.text(entry.label, x + SAMPLE_WIDTH + 6, y, { lineBreak: false });
    });
    x += width + 24;
  }
  doc.x = PAGE.margins.left;
  doc.y = y + 20;
}

/** A short line (and its point) in the style of a radar series, centred on `y`. */
function drawSample(doc: PDFKit.PDFDocument, style: RadarSeries['style'], x: number, y: number) {
  const middle = x + SAMPLE_WIDTH / 2;
  if (style === 'primary') {
    doc
      .lineWidth(2)
      .strokeColor(COLOUR.accent)
      .moveTo(x, y)
      .lineTo(x + SAMPLE_WIDTH, y)
      .stroke();
    doc.circle(middle, y, 2.8).fillColor(COLOUR.accent).fill();
  } else if (style === 'faint') {
    doc
      .lineWidth(0.8)
      .strokeColor(COLOUR.muted)
      .moveTo(x, y)
      .lineTo(x + SAMPLE_WIDTH, y)
      .stroke();
  } else if (style === 'member') {
    doc
      .lineWidth(0.9)
      .strokeColor(MEMBER_GREY)
      .moveTo(x, y)
      .lineTo(x + SAMPLE_WIDTH, y)
      .stroke();
    doc.circle(middle, y, 1.7).lineWidth(0.6).fillAndStroke('#ffffff', MEMBER_GREY);
  } else if (style === 'range') {
    doc
      .rect(x, y - 4, SAMPLE_WIDTH, 8)
      .fillOpacity(0.16)
      .fillColor(COLOUR.accent)
      .fill();
    doc.fillOpacity(1).lineWidth(0.8).dash(3, { space: 2 }).strokeColor(COLOUR.accent);
    doc
      .rect(x, y - 4, SAMPLE_WIDTH, 8)
      .stroke()
      .undash();
  } else {
    doc.lineWidth(1.3).dash(4, { space: 3 }).strokeColor(COLOUR.text);
    doc
      .moveTo(x, y)
      .lineTo(x + SAMPLE_WIDTH, y)
      .stroke()
      .undash();
    doc
      .rect(middle - 2.5, y - 2.5, 5, 5)
      .fillColor(COLOUR.text)
      .fill();
  }
}
