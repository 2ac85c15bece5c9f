/** Mean, extremes and population standard deviation of some scores, to one decimal. */
export interface Spread {
  /** How many scores the figures are over. */
  n: number;
  mean: number | null;
  min: number | null;
  max: number | null;
  /** Population standard deviation (divided by n, not n - 1): the team is the whole population. */
  stdDev: number | null;
}

/**
 * The spread of a list of scores; all null for an empty list. Rounded to one decimal at the end
 * only, so that rounding never compounds.
 *
 * @example spreadOf([40, 60, 80]) // { n: 3, mean: 60, min: 40, max: 80, stdDev: 16.3 }
 */
export function spreadOf(values: readonly number[]): Spread {
  const n = values.length;
  if (n === 0) return { n, mean: null, min: null, max: null, stdDev: null };
  const mean = values.reduce((sum, value) => sum + value, 0) / n;
  const variance = values.reduce((sum, value) => sum + (value - mean) ** 2, 0) / n;
  return {
    n,
    mean: oneDecimal(mean),
    min: oneDecimal(Math.min(...values)),
    max: oneDecimal(Math.max(...values)),
    stdDev: oneDecimal(Math.sqrt(variance)),
  };
}

export function oneDecimal(value: number): number {
  return Math.round(value * 10) / 10;
}
