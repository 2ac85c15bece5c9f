import {
  buildActionPlan,
  explainSummary,
  resultsGuidance,
  scoreResponse,
  type QuestionnaireResponse,
} from '../../domain/index.js';
import type { UseCaseDependencies } from '../dependencies.js';
import { definitionOf } from './owned-response.js';
import { peerComparison } from './peer-comparison.js';
import { chainOf, progressOf } from '../progress/response-history.js';
import type { z } from 'zod';
import type { ResponseContract } from '../../contracts/response-contract.js';

export type ResponseView = z.infer<typeof ResponseContract>;

/**
 * A response with its profile (explained), its plan once submitted and its peer comparison.
 * Without `answersShown` (a workshop participant who did not allow it), the facilitator gets the
 * scores, levels and plan but neither the answers, the per-question explanation nor the guidance
 * (its findings and reasons quote answers). `history`
 * (the chain and the progress) is the association's own: only its key shows it.
 */
export async function responseView(
  deps: UseCaseDependencies,
  response: QuestionnaireResponse,
  {
    answersShown,
    history,
    locale,
  }: { answersShown: boolean; history: boolean; locale?: string | undefined },
): Promise<ResponseView> {
  const questionnaire = definitionOf(deps, response);
  // The plan and the guidance are words: in the page's language when the questionnaire has it.
  const wordsLocale = locale && questionnaire.locales.includes(locale) ? locale : response.locale;
  const scored = scoreResponse(questionnaire, response.answers);
  const explained = response.profile
    ? explainSummary(response.profile, scored, questionnaire.levels)
    : scored;
  const profile = answersShown
    ? explained
    : {
        ...explained,
        areas: explained.areas.map((area) => ({
          ...area,
          explanation: { ...area.explanation, questions: [] },
        })),
      };
  const actionPlan =
    response.status === 'submitted'
      ? buildActionPlan(questionnaire, response.answers, explained, wordsLocale)
      : null;
  return {
    id: response.id,
    questionnaireId: response.questionnaireId,
    version: response.version,
    locale: response.locale,
    status: response.status,
    associationName: response.associationName,
    answers: answersShown ? response.answers : {},
    profile,
    actionPlan,
    respondent: questionnaire.respondent,
    guidance:
      actionPlan && answersShown
        ? resultsGuidance(questionnaire, response.answers, explained, actionPlan, wordsLocale)
        : null,
    peerComparison: await peerComparison(deps.store, deps, response),
    chain: history ? await chainOf(deps, response) : [],
    progress: history ? await progressOf(deps, response, explained) : null,
    createdAt: response.createdAt,
    updatedAt: response.updatedAt,
    submittedAt: response.submittedAt,
  };
}
