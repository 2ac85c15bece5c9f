import {
  InvalidAnswersError,
  mergeAnswers,
  ResponseAlreadySubmittedError,
  scoreResponse,
  validateAnswers,
  summarizeProfile,
  type AnswersPatch,
} from '../../domain/index.js';
import type { UseCaseDependencies } from '../dependencies.js';
import { definitionOf, ownedResponse } from './owned-response.js';
import { assertWorkshopOpenFor } from '../workshops/workshop-access.js';
import type { z } from 'zod';
import type { SavedAnswersContract } from '../../contracts/response-contract.js';

export type SavedAnswers = z.infer<typeof SavedAnswersContract>;

/**
 * Merges answers into a draft and returns the provisional profile. All or nothing: one bad
 * answer rejects the whole patch and nothing is written.
 */
export function makeSaveAnswers(deps: UseCaseDependencies) {
  return async function saveAnswers(input: {
    id: string;
    token: string | undefined;
    answers: AnswersPatch;
    associationName?: string | null | undefined;
  }): Promise<SavedAnswers> {
    return deps.store.transaction(async (repositories) => {
      const response = await ownedResponse(repositories, deps, input.id, input.token, 'update');
      if (response.status !== 'draft') throw new ResponseAlreadySubmittedError();
      await assertWorkshopOpenFor(repositories, deps, response);
      const questionnaire = definitionOf(deps, response);
      const issues = validateAnswers(questionnaire, input.answers);
      if (issues.length > 0) throw new InvalidAnswersError(issues);
      const answers = mergeAnswers(response.answers, input.answers);
      const updatedAt = deps.clock.now().toISOString();
      const saved = await repositories.responses.updateDraft(
        response.id,
        { answers, associationName: input.associationName },
        updatedAt,
      );
      // The lock above makes this unreachable; the checked update keeps it so if a path forgets.
      if (!saved) throw new ResponseAlreadySubmittedError();
      return {
        id: response.id,
        status: 'draft',
        profile: summarizeProfile(scoreResponse(questionnaire, answers)),
        updatedAt,
      };
    });
  };
}
