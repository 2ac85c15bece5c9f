import type { Level } from '../questionnaire/questionnaire-schema.js';
import type { ProfileSummary } from '../scoring/profile-summary.js';

/** How one score moved between two diagnoses. */
export interface ScoreChange {
  before: number | null;
  after: number | null;
  /** after - before, one decimal; null unless both were scored. */
  points: number | null;
  levelBefore: string | null;
  levelAfter: string | null;
  /** Levels climbed (negative: lost); null unless both have a level of `levels`. */
  levelSteps: number | null;
}

export interface AreaChange extends ScoreChange {
  areaId: string;
}

export interface ProfileComparison {
  overall: ScoreChange;
  /** The areas of the later diagnosis, in its order, matched by id with the earlier one's. */
  areas: AreaChange[];
  /** Areas the earlier diagnosis had and the later one has not (a later version dropped them). */
  removedAreaIds: string[];
}

/**
 * The progress between an earlier and a later diagnosis, area by area, matched by area id so
 * that two versions of a questionnaire compare wherever their areas are the same. An area new
 * in the later one has no "before"; levels are counted in the order of `levels` (lowest first).
 *
 * @example compareProfiles(lastYear, thisYear, q.levels).areas[0] // { areaId: 'comm', before: 40, after: 62.5, points: 22.5, levelSteps: 1, ... }
 */
export function compareProfiles(
  earlier: ProfileSummary,
  later: ProfileSummary,
  levels: readonly Level[],
): ProfileComparison {
  const rank = new Map(levels.map((level, index) => [level.id, index]));
  const change = (
    before: { score: number | null; level: string | null } | undefined,
    after: { score: number | null; level: string | null },
  ): ScoreChange => {
    const fromRank = before?.level == null ? undefined : rank.get(before.level);
    const toRank = after.level == null ? undefined : rank.get(after.level);
    return {
      before: before?.score ?? null,
      after: after.score,
      points:
        before?.score == null || after.score === null
          ? null
          : Math.round((after.score - before.score) * 10) / 10,
      levelBefore: before?.level ?? null,
      levelAfter: after.level,
      levelSteps: fromRank === undefined || toRank === undefined ? null : toRank - fromRank,
    };
  };
  const earlierAreas = new Map(earlier.areas.map((area) => [area.id, area]));
  const laterIds = new Set(later.areas.map((area) => area.id));
  return {
    overall: change(earlier.overall, later.overall),
    areas: later.areas.map((area) => ({
      areaId: area.id,
      ...change(earlierAreas.get(area.id), area),
    })),
    removedAreaIds: earlier.areas.map((area) => area.id).filter((id) => !laterIds.has(id)),
  };
}
