import type { UseCaseDependencies } from '../dependencies.js';
import { submittedReport, type ResponseReportFile } from '../responses/submitted-report.js';
import { participantOf } from './participant-of.js';

/** A submitted participant's PDF, as the facilitator may read it. */
export function makeGetParticipantReport(deps: UseCaseDependencies) {
  return async function getParticipantReport({
    facilitatorId,
    workshopId,
    responseId,
    locale,
  }: {
    facilitatorId: string;
    workshopId: string;
    responseId: string;
    locale?: string | undefined;
  }): Promise<ResponseReportFile> {
    const response = await participantOf(deps, facilitatorId, workshopId, responseId);
    return submittedReport(deps, response, locale, {
      answersShown: response.shareAnswers,
      progressAndPlan: false,
    });
  };
}
