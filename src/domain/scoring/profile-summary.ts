import type { Level } from '../questionnaire/questionnaire-schema.js';
import type { AreaProfile, Profile } from './profile-schema.js';

/** What is frozen at submission: the scores and levels, without the per-question explanation. */
export interface ProfileSummary {
  overall: Profile['overall'];
  areas: Array<Omit<AreaProfile, 'explanation'>>;
}

/**
 * The part of a profile to store once submitted; the explanation is derived again from the
 * answers and the immutable definition when the response is read.
 *
 * @example summarizeProfile(profile).areas[0] // { id, score, level, coverage, status, weight }
 */
export function summarizeProfile(profile: Profile): ProfileSummary {
  return {
    overall: profile.overall,
    areas: profile.areas.map(({ id, score, level, coverage, status, weight }) => ({
      id,
      score,
      level,
      coverage,
      status,
      weight,
    })),
  };
}

/**
 * A stored summary with the explanation of a fresh scoring of the same answers. The stored
 * scores and levels win (and the level range shown is the stored level's): results given to an
 * association never change afterwards, even if the scoring code is corrected later.
 *
 * @example explainSummary(stored, scoreResponse(q, answers), q.levels).areas[0].explanation.questions
 */
export function explainSummary(
  summary: ProfileSummary,
  recomputed: Profile,
  levels: readonly Level[],
): Profile {
  const explanations = new Map(recomputed.areas.map((area) => [area.id, area.explanation]));
  const ranges = new Map(levels.map((level) => [level.id, { min: level.min, max: level.max }]));
  return {
    overall: summary.overall,
    areas: summary.areas.map((area) => {
      const explanation = explanations.get(area.id);
      return {
        ...area,
        explanation: {
          coverageThreshold: explanation?.coverageThreshold ?? 0,
          level: (area.level !== null && ranges.get(area.level)) || null,
          questions: explanation?.questions ?? [],
        },
      };
    }),
  };
}
