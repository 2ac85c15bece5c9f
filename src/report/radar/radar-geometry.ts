/*
 * Where the radar's parts go, as plain numbers (no PDF here), so that the layout rules can be
 * tested: axes clockwise from the top, labels outside the outermost ring and never over it.
 */

export interface Point {
  x: number;
  y: number;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface RadarLabel {
  /** The label's text box, aligned on the side of the chart its axis points to. */
  box: Box;
  align: 'left' | 'center' | 'right';
}

export interface RadarGeometry {
  centre: Point;
  radius: number;
  /** The outer end of each axis, clockwise from the top. */
  axisEnds: Point[];
  labels: RadarLabel[];
}

/** Gap between the outer ring and a label. */
const LABEL_GAP = 8;

/**
 * Lays a radar of `labelSizes.length` axes out in `box`: the largest radius for which every label
 * box (of the given width and height) fits inside `box` outside the chart.
 *
 * @example radarGeometry({ x: 0, y: 0, width: 400, height: 300 }, [{ width: 80, height: 24 }, ...])
 */
export function radarGeometry(
  box: Box,
  labelSizes: Array<{ width: number; height: number }>,
): RadarGeometry {
  const count = labelSizes.length;
  const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  const directions = labelSizes.map((_, i) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / count;
    return { cos: Math.cos(angle), sin: Math.sin(angle) };
  });
  // Shrink the radius until every label fits in the box.
  let radius = Math.min(box.width, box.height) / 2;
  let labels = place(centre, radius, directions, labelSizes);
  while (radius > 10 && !labels.every((label) => inside(label.box, box))) {
    radius -= 2;
    labels = place(centre, radius, directions, labelSizes);
  }
  return {
    centre,
    radius,
    axisEnds: directions.map(({ cos, sin }) => ({
      x: centre.x + radius * cos,
      y: centre.y + radius * sin,
    })),
    labels,
  };
}

/** The point of a 0-100 value on axis `index`; null for a missing value. */
export function valuePoint(
  geometry: RadarGeometry,
  index: number,
  value: number | null,
): Point | null {
  if (value === null) return null;
  const end = geometry.axisEnds[index]!;
  const share = Math.max(0, Math.min(100, value)) / 100;
  return {
    x: geometry.centre.x + (end.x - geometry.centre.x) * share,
    y: geometry.centre.y + (end.y - geometry.centre.y) * share,
  };
}

/** The ring at a 0-100 value: one point on each axis. */
export function ringPoints(geometry: RadarGeometry, value: number): Point[] {
  return geometry.axisEnds.map((_, i) => valuePoint(geometry, i, value)!);
}

function place(
  centre: Point,
  radius: number,
  directions: Array<{ cos: number; sin: number }>,
  sizes: Array<{ width: number; height: number }>,
): RadarLabel[] {
  return directions.map(({ cos, sin }, i) => {
    const { width, height } = sizes[i]!;
    const anchor = {
      x: centre.x + (radius + LABEL_GAP) * cos,
      y: centre.y + (radius + LABEL_GAP) * sin,
    };
    // Near the vertical, centre the label above or below its axis; elsewhere, put it beside.
    if (Math.abs(cos) < 0.2) {
      const y = sin < 0 ? anchor.y - height : anchor.y;
      return { box: { x: anchor.x - width / 2, y, width, height }, align: 'center' };
    }
    const y = anchor.y - height / 2 + (sin * height) / 2;
    return cos > 0
      ? { box: { x: anchor.x, y, width, height }, align: 'left' }
      : { box: { x: anchor.x - width, y, width, height }, align: 'right' };
  });
}

function inside(inner: Box, outer: Box): boolean {
  return (
    inner.x >= outer.x &&
    inner.y >= outer.y &&
    inner.x + inner.width <= outer.x + outer.width &&
    inner.y + inner.height <= outer.y + outer.height
  );
}
