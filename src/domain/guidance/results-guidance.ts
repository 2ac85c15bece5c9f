import type { ActionPlan } from '../action-plan/action-plan-schema.js';
import type { Answers } from '../answers/answer-schema.js';
import type { Questionnaire } from '../questionnaire/questionnaire-schema.js';
import type { Profile } from '../scoring/profile-schema.js';
import { areaGuidance } from './area-guidance.js';
import { associationCapacity } from './association-capacity.js';
import { firstActions } from './first-actions.js';
import type { ResultsGuidance } from './guidance-schema.js';
import { weakestAreas } from './weakest-areas.js';

/**
 * Everything the results and plan pages (and the PDF) say about what to do next, in one
 * locale: per-area guidance, the first actions with their reasons, the rest of the plan by
 * area, and the weakest areas to suggest as priorities.
 *
 * @example resultsGuidance(q, answers, profile, buildActionPlan(q, answers, profile, 'fr'), 'fr').firstActions
 */
export function resultsGuidance(
  questionnaire: Questionnaire,
  answers: Answers,
  profile: Profile,
  plan: ActionPlan,
  locale: string,
): ResultsGuidance {
  const capacity = associationCapacity(questionnaire, answers);
  return {
    areas: areaGuidance(questionnaire, answers, profile, locale),
    ...firstActions(questionnaire, answers, profile, plan, capacity, locale),
    weakestAreaIds: weakestAreas(profile, questionnaire.levels),
    capacity,
  };
}
