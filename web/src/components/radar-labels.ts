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
 * Wrapped narrower on a phone, so that the labels leave the chart its room and never meet.
 * An area without a score says "—", as the table does.
 */
export function valueLabels(
  axes: string[],
  values: Array<number | null>,
  narrow: boolean,
): string[][] {
  return axes.map((axis, i) => {
    const value = values[i];
    return [
      ...wrap(axis, narrow ? 14 : 18),
      value === null || value === undefined ? '—' : formatNumber(value),
    ];
  });
}
