import type { Plugin } from 'chart.js';

/** A point label as Chart.js lays it out (its box, and where its text is drawn from). */
export interface LabelBox {
  y: number;
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** The room kept between two labels, in CSS pixels. */
const GAP = 3;

const overlap = (a: LabelBox, b: LabelBox) =>
  a.left < b.right + GAP &&
  b.left < a.right + GAP &&
  a.top < b.bottom + GAP &&
  b.top < a.bottom + GAP;

const shift = (box: LabelBox, by: number) => {
  box.y += by;
  box.top += by;
  box.bottom += by;
};

/**
 * Moves overlapping labels apart, in place: of two labels that meet, the one farther from the
 * centre moves away from it, vertically, until they no longer meet. Chart.js keeps every label
 * inside the canvas but lets neighbours overlap, and wrapped area names of a nine-area radar do
 * on a 360 px phone ("Recrutement et engagement des bénévoles" over "Outils collaboratifs...").
 */
export function separateLabels(boxes: LabelBox[], centreY: number): void {
  // A label moved may meet another one: a few passes settle a radar's dozen labels.
  for (let pass = 0; pass < boxes.length; pass += 1) {
    let moved = false;
    for (const a of boxes)
      for (const b of boxes) {
        if (a === b || !overlap(a, b)) continue;
        const below = a.top > centreY && b.top > centreY;
        const above = a.bottom < centreY && b.bottom < centreY;
        if (below && b.top >= a.top) shift(b, a.bottom + GAP - b.top);
        else if (above && b.bottom <= a.bottom) shift(b, a.top - GAP - b.bottom);
        else continue;
        moved = true;
      }
    if (!moved) return;
  }
}

/** The Chart.js side of `separateLabels`: run on the radial scale's labels before each draw. */
export const radarLabelSpacing: Plugin<'radar'> = {
  id: 'radarLabelSpacing',
  beforeDraw(chart) {
    // Chart.js's own layout of the labels, which its draw reads back (chart.js 4's radial scale).
    const scale = chart.scales.r as unknown as { _pointLabelItems?: LabelBox[]; yCenter: number };
    if (scale._pointLabelItems) separateLabels(scale._pointLabelItems, scale.yCenter);
  },
};
