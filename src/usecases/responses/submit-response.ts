import {
  buildActionPlan,
  RequiredQuestionsUnansweredError,
  ResponseAlreadySubmittedError,
  scoreResponse,
  summarizeProfile,
  unansweredRequired,
} from '../../domain/index.js';
import type { UseCaseDependencies } from '../dependencies.js';
import { definitionOf, ownedResponse } from './owned-response.js';
import { peerGroupOf } from './peer-comparison.js';
import { assertWorkshopOpenFor } from '../workshops/workshop-access.js';
import type { z } from 'zod';
import type { SubmittedResponseContract } from '../../contracts/response-contract.js';

export type SubmittedResponse = z.infer<typeof SubmittedResponseContract>;

/** Scores a complete draft under its own version's definition and freezes it. */
export function makeSubmitResponse(deps: UseCaseDependencies) {
  return async function submitResponse(input: {
    id: string;
    token: string | undefined;
  }): Promise<SubmittedResponse> {
    return deps.store.transaction(async (repositories) => {
      const response = await ownedResponse(repositories, deps, input.id, input.token, 'update');
      if (response.status !== 'draft') throw new ResponseAlreadySubmittedError();
      await assertWorkshopOpenFor(repositories, deps, response);
      const questionnaire = definitionOf(deps, response);
      const missing = unansweredRequired(questionnaire, response.answers);
      if (missing.length > 0) throw new RequiredQuestionsUnansweredError(missing);
      const profile = scoreResponse(questionnaire, response.answers);
      const submittedAt = deps.clock.now().toISOString();
      const actionPlan = buildActionPlan(questionnaire, response.answers, profile, response.locale);
      const submitted = await repositories.responses.markSubmitted(
        response.id,
        summarizeProfile(profile),
        submittedAt,
        {
          recommendationIds: actionPlan.items.map((item) => item.id),
          peerGroup: peerGroupOf(deps, response.answers),
          workshopId: response.workshopId,
        },
      );
      if (!submitted) throw new ResponseAlreadySubmittedError();
      return { id: response.id, status: 'submitted', profile, actionPlan, submittedAt };
    });
  };
}
