import { FONT } from '../pdf/fonts.js';
import { COLOUR, SIZE } from '../pdf/page-layout.js';
import type { ReportWriter, Struct } from '../pdf/report-writer.js';
import { radarGeometry, ringPoints, valuePoint, type Box, type Point } from './radar-geometry.js';

export interface RadarAxis {
  label: string;
  /** Printed under the label, for example "62 / 100". */
  valueText: string;
}

export type RadarSeries =
  | {
      /** 0-100 per axis, null where there is no score. */
      values: Array<number | null>;
      /**
       * The profile (filled, round points), a comparison (dashed, square points), a peer group's
       * mean (thin and light), or one of a group's diagnoses (thin grey, small hollow points).
       */
      style: 'primary' | 'comparison' | 'faint' | 'member';
    }
  | {
      /** From the lowest to the highest score on each axis: a tinted band with dashed edges. */
      style: 'range';
      values: Array<number | null>;
      lower: Array<number | null>;
    };

/** The grey of a group's diagnoses: dark enough to read in print, lighter than the mean. */
export const MEMBER_GREY = '#5f5f5f';

export interface RadarChart {
  axes: RadarAxis[];
  /** Level boundaries, for example [25, 50, 75]: the bands between them are shaded in turn. */
  bands: number[];
  series: RadarSeries[];
  /** What a screen reader says instead of the drawing. */
  alt: string;
}

const LABEL_WIDTH = 104;

/**
 * Draws a radar chart as vectors in `box`: level bands, rings and axes, then each series (the
 * profile filled, a comparison dashed and unfilled), then the axis labels outside the chart. It
 * is one Figure in the structure tree, read out through its alternative text. Readable in
 * greyscale: the series differ by line style and markers, not only by colour.
 */
export function drawRadar(writer: ReportWriter, parent: Struct, box: Box, chart: RadarChart): void {
  const { doc } = writer;
  const sizes = chart.axes.map((axis) => ({
    width: LABEL_WIDTH,
    height:
      doc
        .font(FONT.semibold)
        .fontSize(SIZE.small)
        .heightOfString(axis.label, { width: LABEL_WIDTH }) +
      doc.font(FONT.regular).heightOfString(axis.valueText, { width: LABEL_WIDTH }),
  }));
  const geometry = radarGeometry(box, sizes);

  writer.element(
    parent,
    'Figure',
    () => {
      doc.save();
      drawBands(doc, geometry, chart.bands);
      for (const series of chart.series) drawSeries(doc, geometry, series);
      doc.restore();
      for (const [i, axis] of chart.axes.entries()) {
        const { box: label, align } = geometry.labels[i]!;
        doc.font(FONT.semibold).fontSize(SIZE.small).fillColor(COLOUR.text);
        doc.text(axis.label, label.x, label.y, { width: label.width, align });
        doc.font(FONT.regular).fillColor(COLOUR.muted);
        doc.text(axis.valueText, label.x, doc.y, { width: label.width, align });
      }
    },
    { alt: chart.alt, bbox: [box.x, box.y, box.x + box.width, box.y + box.height] },
  );
  doc.x = box.x;
  doc.y = box.y + box.height;
}

function drawBands(
  doc: PDFKit.PDFDocument,
  geometry: ReturnType<typeof radarGeometry>,
  bands: number[],
): void {
  const edges = [...bands.filter((b) => b > 0 && b < 100), 100].sort((a, b) => b - a);
  // Outermost first, each band painted over by the next one inwards.
  for (const [i, edge] of edges.entries()) {
    polygon(doc, ringPoints(geometry, edge));
    doc.fillColor(COLOUR.band[i % 2 === 0 ? 1 : 0]!).fill();
  }
  doc.lineWidth(0.6).strokeColor(COLOUR.rule);
  for (const edge of edges) {
    polygon(doc, ringPoints(geometry, edge));
    doc.stroke();
  }
  for (const end of geometry.axisEnds) {
    doc.moveTo(geometry.centre.x, geometry.centre.y).lineTo(end.x, end.y).stroke();
  }
  // The scale, along the upward axis.
  doc.font(FONT.regular).fontSize(7).fillColor(COLOUR.muted);
  for (const edge of edges) {
    const point = ringPoints(geometry, edge)[0]!;
    doc.text(String(edge), point.x + 3, point.y - 3.5, { lineBreak: false });
  }
}

function drawSeries(
  doc: PDFKit.PDFDocument,
  geometry: ReturnType<typeof radarGeometry>,
  series: RadarSeries,
): void {
  const points = series.values.map((value, i) => valuePoint(geometry, i, value));
  const present = points.filter((point): point is Point => point !== null);
  // Only neighbouring axes that both have a score are joined: a line across an axis without a
  // score would read as a value there.
  const edges = points.flatMap((point, i) => {
    const next = points[(i + 1) % points.length];
    return point && next && points.length >= 3 ? [[point, next] as const] : [];
  });
  if (series.style === 'range') {
    drawRange(doc, geometry, series.values, series.lower);
  } else if (series.style === 'member') {
    if (edges.length > 0) {
      for (const [from, to] of edges) doc.moveTo(from.x, from.y).lineTo(to.x, to.y);
      doc.lineWidth(0.9).strokeOpacity(0.9).strokeColor(MEMBER_GREY).stroke().strokeOpacity(1);
    }
    for (const point of present) {
      doc.circle(point.x, point.y, 1.7).lineWidth(0.6).fillAndStroke('#ffffff', MEMBER_GREY);
    }
  } else if (series.style === 'primary') {
    if (edges.length > 0) {
      // The filled area is the fan of triangles from the centre over those edges, one path.
      for (const [from, to] of edges) {
        doc
          .moveTo(geometry.centre.x, geometry.centre.y)
          .lineTo(from.x, from.y)
          .lineTo(to.x, to.y)
          .closePath();
      }
      doc.fillOpacity(0.22).fillColor(COLOUR.accent).fill().fillOpacity(1);
      for (const [from, to] of edges) doc.moveTo(from.x, from.y).lineTo(to.x, to.y);
      doc.lineWidth(2).lineJoin('round').strokeColor(COLOUR.accent).stroke();
    }
    for (const point of present) doc.circle(point.x, point.y, 2.8).fillColor(COLOUR.accent).fill();
  } else if (series.style === 'faint') {
    if (edges.length > 0) {
      for (const [from, to] of edges) doc.moveTo(from.x, from.y).lineTo(to.x, to.y);
      doc.lineWidth(0.5).strokeOpacity(0.45).strokeColor(COLOUR.muted).stroke().strokeOpacity(1);
    }
  } else {
    if (edges.length > 0) {
      for (const [from, to] of edges) doc.moveTo(from.x, from.y).lineTo(to.x, to.y);
      doc.lineWidth(1.3).dash(4, { space: 3 }).strokeColor(COLOUR.text).stroke().undash();
    }
    for (const point of present) {
      doc
        .rect(point.x - 2.5, point.y - 2.5, 5, 5)
        .fillColor(COLOUR.text)
        .fill();
    }
  }
}

/**
 * The band between the lowest and the highest score: a quadrilateral for each pair of
 * neighbouring axes where both have a score, tinted, under dashed edges.
 */
function drawRange(
  doc: PDFKit.PDFDocument,
  geometry: ReturnType<typeof radarGeometry>,
  upper: Array<number | null>,
  lower: Array<number | null>,
): void {
  const highs = upper.map((value, i) => valuePoint(geometry, i, value));
  const lows = lower.map((value, i) => valuePoint(geometry, i, value));
  const pairs = highs.flatMap((high, i) => {
    const j = (i + 1) % highs.length;
    const [low, nextHigh, nextLow] = [lows[i], highs[j], lows[j]];
    return high && low && nextHigh && nextLow && highs.length >= 3
      ? [{ high, low, nextHigh, nextLow }]
      : [];
  });
  if (pairs.length === 0) return;
  for (const { high, low, nextHigh, nextLow } of pairs) {
    polygon(doc, [high, nextHigh, nextLow, low]);
  }
  doc.fillOpacity(0.16).fillColor(COLOUR.accent).fill().fillOpacity(1);
  for (const { high, low, nextHigh, nextLow } of pairs) {
    doc.moveTo(high.x, high.y).lineTo(nextHigh.x, nextHigh.y);
    doc.moveTo(low.x, low.y).lineTo(nextLow.x, nextLow.y);
  }
  doc.lineWidth(0.8).dash(3, { space: 2 }).strokeColor(COLOUR.accent).stroke().undash();
}

function polygon(doc: PDFKit.PDFDocument, points: Point[], close = true): void {
  const [first, ...rest] = points;
  if (!first) return;
  doc.moveTo(first.x, first.y);
  for (const point of rest) doc.lineTo(point.x, point.y);
  if (close) doc.closePath();
}
