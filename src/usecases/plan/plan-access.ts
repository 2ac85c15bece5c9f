import {
  buildActionPlan,
  explainSummary,
  ResponseNotSubmittedError,
  scoreResponse,
  weakestAreas,
  type ActionPlanItem,
  type QuestionnaireResponse,
} from '../../domain/index.js';
import type { UseCaseDependencies } from '../dependencies.js';
import { definitionOf, ownedResponse } from '../responses/owned-response.js';
import type { Repositories, RowLock } from '../ports.js';

/**
 * The response whose plan is asked for: opened by its token (404 otherwise, as everywhere) and
 * submitted, since a plan builds on final results (409 for a draft). A change to the plan locks
 * the response's row (`lock: 'update'`): the plan's rules span its rows (at most 50 actions,
 * one position each, a proposal copied once), and that row is their one parent.
 */
export async function planOwner(
  repositories: Repositories,
  deps: Pick<UseCaseDependencies, 'secrets'>,
  id: string,
  token: string | undefined,
  lock?: RowLock,
): Promise<QuestionnaireResponse> {
  const response = await ownedResponse(repositories, deps, id, token, lock);
  if (response.status !== 'submitted' || !response.profile) throw new ResponseNotSubmittedError();
  return response;
}

/**
 * The recommended plan of a submitted response, what the association picks from: in `locale`
 * when the questionnaire has it (the page's language), else in the response's own.
 */
export function proposalsOf(
  deps: Pick<UseCaseDependencies, 'catalog'>,
  response: QuestionnaireResponse,
  locale?: string,
): ActionPlanItem[] {
  return planChoices(deps, response, locale).proposals;
}

/**
 * What the plan page offers, from one scoring of the response: the proposals (see proposalsOf)
 * and the areas it suggests as priorities, weakest first (see weakestAreas). The stored scores
 * win over a rescoring (see explainSummary): the plan the results showed.
 */
export function planChoices(
  deps: Pick<UseCaseDependencies, 'catalog'>,
  response: QuestionnaireResponse,
  locale?: string,
): { proposals: ActionPlanItem[]; suggestedPriorities: string[] } {
  const questionnaire = definitionOf(deps, response);
  const scored = scoreResponse(questionnaire, response.answers);
  const profile = response.profile
    ? explainSummary(response.profile, scored, questionnaire.levels)
    : scored;
  const words = locale && questionnaire.locales.includes(locale) ? locale : response.locale;
  return {
    proposals: buildActionPlan(questionnaire, response.answers, profile, words).items,
    suggestedPriorities: weakestAreas(profile, questionnaire.levels),
  };
}
