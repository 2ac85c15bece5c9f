import type { UseCaseDependencies } from '../dependencies.js';
import { responseView, type ResponseView } from '../responses/response-view.js';
import { participantOf } from './participant-of.js';

/** A participant's results for the facilitator: scores always, answers only if allowed. */
export function makeGetParticipantResults(deps: UseCaseDependencies) {
  return async function getParticipantResults({
    facilitatorId,
    workshopId,
    responseId,
  }: {
    facilitatorId: string;
    workshopId: string;
    responseId: string;
  }): Promise<ResponseView> {
    const response = await participantOf(deps, facilitatorId, workshopId, responseId);
    return responseView(deps, response, { answersShown: response.shareAnswers, history: false });
  };
}
