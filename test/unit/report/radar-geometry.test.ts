import { describe, expect, it } from 'vitest';
import {
  radarGeometry,
  ringPoints,
  valuePoint,
  type Box,
  type Point,
  type RadarGeometry,
} from '../../../src/report/radar/radar-geometry.js';

/** The profile page's radar box: the A4 text width (595.28 - 2 x 56) by 340 points, under the intro. */
const BOX: Box = { x: 56, y: 120, width: 483.28, height: 340 };
/** The width draw-radar gives every label. */
const LABEL_WIDTH = 104;
/** Rounding slack, in points: far below anything a reader could see. */
const EPSILON = 1e-6;

/** Labels of one to three lines of 9 pt text plus the score line: 12 to 40 points high. */
function labelSizes(count: number, heights = [12, 24, 36, 40]) {
  return Array.from({ length: count }, (_, i) => ({
    width: LABEL_WIDTH,
    height: heights[i % heights.length]!,
  }));
}

function insideBox(inner: Box, outer: Box): boolean {
  return (
    inner.x >= outer.x - EPSILON &&
    inner.y >= outer.y - EPSILON &&
    inner.x + inner.width <= outer.x + outer.width + EPSILON &&
    inner.y + inner.height <= outer.y + outer.height + EPSILON
  );
}

/** The distance from a point to the nearest point of a box (0 when the point is inside). */
function distanceToBox(point: Point, box: Box): number {
  const x = Math.max(box.x, Math.min(point.x, box.x + box.width));
  const y = Math.max(box.y, Math.min(point.y, box.y + box.height));
  return Math.hypot(point.x - x, point.y - y);
}

function overlap(a: Box, b: Box): boolean {
  return (
    a.x < b.x + b.width - EPSILON &&
    b.x < a.x + a.width - EPSILON &&
    a.y < b.y + b.height - EPSILON &&
    b.y < a.y + a.height - EPSILON
  );
}

function overlappingPairs(geometry: RadarGeometry): string[] {
  const pairs: string[] = [];
  geometry.labels.forEach((a, i) =>
    geometry.labels.forEach((b, j) => {
      if (i < j && overlap(a.box, b.box)) pairs.push(`${i}-${j}`);
    }),
  );
  return pairs;
}

describe('radarGeometry', () => {
  const counts = [3, 4, 5, 6, 7, 8, 9, 10, 11, 12];

  it.each(counts)(
    'when there are %i axes with labels 12 to 40 pt high, then every label box lies inside the box',
    (count) => {
      const geometry = radarGeometry(BOX, labelSizes(count));

      expect(geometry.labels).toHaveLength(count);
      const outside = geometry.labels.filter((label) => !insideBox(label.box, BOX));
      expect(outside).toEqual([]);
    },
  );

  it.each(counts)(
    'when there are %i axes, then no label box reaches into the chart: its nearest point is at least a radius from the centre',
    (count) => {
      const geometry = radarGeometry(BOX, labelSizes(count));

      for (const [i, label] of geometry.labels.entries()) {
        expect(distanceToBox(geometry.centre, label.box), `label ${i}`).toBeGreaterThanOrEqual(
          geometry.radius,
        );
      }
    },
  );

  it.each(counts)(
    'when there are %i axes, then the chart is a usable size and no two labels overlap',
    (count) => {
      const geometry = radarGeometry(BOX, labelSizes(count));

      // The box is 340 high: less than a third of it for the radius would be a stamp.
      expect(geometry.radius).toBeGreaterThan(100);
      expect(overlappingPairs(geometry)).toEqual([]);
    },
  );

  it('when the default questionnaire’s nine areas are laid out, then no two labels overlap and all fit', () => {
    // The heights draw-radar measures for the nine area titles (semibold 9 pt, 104 pt wide, 11.934
    // a line) plus their "33,3 / 100" line: two to four lines.
    const line = 11.934;
    const heights = [3, 2, 3, 4, 3, 2, 3, 2, 3].map((lines) => lines * line);
    const geometry = radarGeometry(
      BOX,
      heights.map((height) => ({ width: LABEL_WIDTH, height })),
    );

    expect(overlappingPairs(geometry)).toEqual([]);
    expect(geometry.labels.every((label) => insideBox(label.box, BOX))).toBe(true);
    for (const label of geometry.labels) {
      expect(distanceToBox(geometry.centre, label.box)).toBeGreaterThanOrEqual(geometry.radius);
    }
  });

  it('when the chart is laid out, then it is centred in the box and its first axis points straight up', () => {
    const geometry = radarGeometry(BOX, labelSizes(9));

    expect(geometry.centre).toEqual({ x: 56 + 483.28 / 2, y: 120 + 340 / 2 });
    expect(geometry.axisEnds[0]!.x).toBeCloseTo(geometry.centre.x, 9);
    expect(geometry.axisEnds[0]!.y).toBeCloseTo(geometry.centre.y - geometry.radius, 9);
    expect(geometry.labels[0]!.align).toBe('center');
    // The first label sits above the chart, centred on the axis.
    const first = geometry.labels[0]!.box;
    expect(first.x + first.width / 2).toBeCloseTo(geometry.centre.x, 9);
    expect(first.y + first.height).toBeLessThan(geometry.centre.y - geometry.radius);
  });

  it('when there are four axes, then they go clockwise from the top: up, right, down, left', () => {
    const geometry = radarGeometry(BOX, labelSizes(4));
    const { x, y } = geometry.centre;
    const r = geometry.radius;
    const expected = [
      { x, y: y - r },
      { x: x + r, y },
      { x, y: y + r },
      { x: x - r, y },
    ];

    geometry.axisEnds.forEach((end, i) => {
      expect(end.x).toBeCloseTo(expected[i]!.x, 9);
      expect(end.y).toBeCloseTo(expected[i]!.y, 9);
    });
    expect(geometry.labels.map((label) => label.align)).toEqual([
      'center',
      'left',
      'center',
      'right',
    ]);
  });
});

describe('valuePoint and ringPoints', () => {
  const geometry = radarGeometry(BOX, labelSizes(9));

  it('when the value is 0, then the point is the centre, on every axis', () => {
    for (let axis = 0; axis < 9; axis += 1) {
      const point = valuePoint(geometry, axis, 0)!;
      expect(point.x).toBeCloseTo(geometry.centre.x, 9);
      expect(point.y).toBeCloseTo(geometry.centre.y, 9);
    }
  });

  it('when the value is 100, then the point is the end of its axis', () => {
    geometry.axisEnds.forEach((end, axis) => {
      expect(valuePoint(geometry, axis, 100)).toEqual(end);
    });
  });

  it('when the value is 50 on the first axis, then the point is half a radius above the centre', () => {
    const point = valuePoint(geometry, 0, 50)!;

    expect(point.x).toBeCloseTo(geometry.centre.x, 9);
    expect(point.y).toBeCloseTo(geometry.centre.y - geometry.radius / 2, 9);
  });

  it('when there is no value (null), then there is no point', () => {
    expect(valuePoint(geometry, 3, null)).toBeNull();
  });

  it('when a value is outside 0-100, then the point stays on the chart (clamped)', () => {
    expect(valuePoint(geometry, 2, 140)).toEqual(valuePoint(geometry, 2, 100));
    expect(valuePoint(geometry, 2, -5)).toEqual(valuePoint(geometry, 2, 0));
  });

  it('when a ring is asked for, then it has one point an axis, each at that value', () => {
    const ring = ringPoints(geometry, 25);

    expect(ring).toHaveLength(9);
    ring.forEach((point, axis) => {
      expect(Math.hypot(point.x - geometry.centre.x, point.y - geometry.centre.y)).toBeCloseTo(
        geometry.radius / 4,
        9,
      );
      expect(point).toEqual(valuePoint(geometry, axis, 25));
    });
  });
});
