import { ParticipantNotFoundError, type QuestionnaireResponse } from '../../domain/index.js';
import type { UseCaseDependencies } from '../dependencies.js';
import { ownedWorkshop } from './workshop-access.js';

/** A participant of the facilitator's own workshop; anything else is "not found". */
export async function participantOf(
  deps: UseCaseDependencies,
  facilitatorId: string,
  workshopId: string,
  responseId: string,
): Promise<QuestionnaireResponse> {
  const workshop = await ownedWorkshop(deps.store, facilitatorId, workshopId);
  const response = await deps.store.responses.findById(responseId);
  if (!response || response.workshopId !== workshop.id) throw new ParticipantNotFoundError();
  return response;
}
