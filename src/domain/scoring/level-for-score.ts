import type { Level } from '../questionnaire/questionnaire-schema.js';

/**
 * The level whose range holds the score: [min, max), the top level also holding 100.
 *
 * @example levelForScore(levels, 25) // the level that starts at 25, not the one that ends there
 */
export function levelForScore(levels: readonly Level[], score: number): Level | undefined {
  let top: Level | undefined;
  for (const level of levels) {
    if (score >= level.min && score < level.max) return level;
    if (!top || level.max > top.max) top = level;
  }
  return top && score === top.max ? top : undefined;
}
