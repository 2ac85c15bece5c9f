import type { Level } from '../questionnaire/questionnaire-schema.js';
import { levelForScore } from '../scoring/level-for-score.js';
import type { ProfileSummary } from '../scoring/profile-summary.js';
import { spreadOf, type Spread } from './team-statistics.js';

export interface CombinedArea extends Spread {
  areaId: string;
  /** The level of the mean, per the questionnaire's levels; null without a mean. */
  level: string | null;
}

/** A team's profile: every submitted member's scores combined, area by area. */
export interface CombinedProfile {
  /** The mean of the members' overall indices, over the members who have one. */
  overall: Spread & { level: string | null };
  areas: CombinedArea[];
}

/**
 * Combines the submitted members' profiles: for each area (in the questionnaire's order), the
 * mean, the lowest and highest score, the population standard deviation and how many members
 * scored it. A member whose area has no score ("not enough answers", "not applicable") is left
 * out of that area, never counted as zero.
 *
 * @example combineProfiles(['comm'], [a, b, c], levels).areas[0] // { areaId: 'comm', n: 3, mean: 60, min: 40, max: 80, stdDev: 16.3, level: 'advanced' }
 */
export function combineProfiles(
  areaIds: readonly string[],
  members: readonly ProfileSummary[],
  levels: readonly Level[],
): CombinedProfile {
  const levelOf = (mean: number | null) =>
    mean === null ? null : (levelForScore(levels, mean)?.id ?? null);
  const scored = (values: Array<number | null | undefined>) =>
    values.filter((value): value is number => typeof value === 'number');
  const overall = spreadOf(scored(members.map((member) => member.overall.score)));
  return {
    overall: { ...overall, level: levelOf(overall.mean) },
    areas: areaIds.map((areaId) => {
      const spread = spreadOf(
        scored(members.map((member) => member.areas.find((area) => area.id === areaId)?.score)),
      );
      return { areaId, ...spread, level: levelOf(spread.mean) };
    }),
  };
}
