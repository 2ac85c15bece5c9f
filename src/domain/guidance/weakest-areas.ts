import type { Level } from '../questionnaire/questionnaire-schema.js';
import type { Profile } from '../scoring/profile-schema.js';

/** The plan page suggests this many priorities at most. */
export const MAX_WEAKEST = 3;

/**
 * The areas to suggest as priorities, weakest first: the scored areas below the top level, at
 * most three, and never every scored area (a priority given to all is none); ties keep area
 * order.
 *
 * @example weakestAreas(profile, levels) // ['data', 'funding']
 */
export function weakestAreas(profile: Profile, levels: readonly Level[]): string[] {
  const top = levels.reduce((a, b) => (b.min > a.min ? b : a));
  const scored = profile.areas.filter((area) => area.score !== null);
  const below = scored.filter((area) => area.level !== top.id);
  const count = Math.min(MAX_WEAKEST, below.length, Math.max(1, scored.length - 1));
  return below
    .map((area, position) => ({ area, position }))
    .sort((a, b) => a.area.score! - b.area.score! || a.position - b.position)
    .slice(0, count)
    .map(({ area }) => area.id);
}
