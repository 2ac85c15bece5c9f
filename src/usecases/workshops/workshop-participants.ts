import { ParticipantNotFoundError, type QuestionnaireResponse } from '../../domain/index.js';
import type { UseCaseDependencies } from '../dependencies.js';
import { submittedReport, type ResponseReportFile } from '../responses/submitted-report.js';
import { responseView, type ResponseView } from '../responses/response-view.js';
import { ownedWorkshop } from '../workshop-access.js';

/** A participant of the facilitator's own workshop; anything else is "not found". */
async function participantOf(
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

/** A participant's results for the facilitator: scores always, answers only if allowed. */
export function makeParticipantResults(deps: UseCaseDependencies) {
  return async function participantResults(
    facilitatorId: string,
    workshopId: string,
    responseId: string,
  ): Promise<ResponseView> {
    const response = await participantOf(deps, facilitatorId, workshopId, responseId);
    return responseView(deps, response, { answersShown: response.shareAnswers, history: false });
  };
}

/** A submitted participant's PDF, as the facilitator may read it. */
export function makeParticipantReport(deps: UseCaseDependencies) {
  return async function participantReport(
    facilitatorId: string,
    workshopId: string,
    responseId: string,
    locale?: string,
  ): Promise<ResponseReportFile> {
    const response = await participantOf(deps, facilitatorId, workshopId, responseId);
    return submittedReport(deps, response, locale, {
      answersShown: response.shareAnswers,
      progressAndPlan: false,
    });
  };
}
