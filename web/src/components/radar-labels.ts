import { formatNumber } from '../i18n.js';

/** Splits a label into lines of about `width` characters, at spaces. */
export function wrap(label: string, width: number): string[] {
  const lines: string[] = [];
  for (const word of label.split(' ')) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + word.length < width)
      lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/**
 * The radar's point labels with the area's score as their last line ("Communication en ligne",
 * "62"): read off the chart without matching a point against the rings, and in greyscale too.
 * On a phone an area is its number and its score ("3 · 62"), and the names are listed under the
 * chart (`RadarKey`): names around the chart left it half the width of a 360 px screen.
 * An area without a score says "—", as the table does.
 */
export function valueLabels(
  axes: string[],
  values: Array<number | null>,
  narrow: boolean,
): string[][] {
  return axes.map((axis, i) => {
    const value = values[i];
    const score = value === null || value === undefined ? '—' : formatNumber(value);
    return narrow ? [`${i + 1} · ${score}`] : [...wrap(axis, 18), score];
  });
}
