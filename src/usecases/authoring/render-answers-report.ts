import { scoreResponse, type Answers, type Questionnaire } from '../../domain/index.js';
import { buildResponseReport } from '../responses/build-response-report.js';
import type { AuthoringDependencies } from './authoring-ports.js';

/**
 * The PDF report of answers that are not stored, for an author checking how a questionnaire
 * reads on paper: the same report the API serves for a response.
 */
export function makeRenderAnswersReport(deps: Pick<AuthoringDependencies, 'reports'>) {
  return async function renderAnswersReport(input: {
    questionnaire: Questionnaire;
    answers: Answers;
    associationName: string | null;
    /** ISO-8601, printed on the report. */
    date: string;
    locale: string;
  }): Promise<{ pdf: Uint8Array; recommendations: number }> {
    const report = buildResponseReport({
      ...input,
      profile: scoreResponse(input.questionnaire, input.answers),
    });
    const pdf = await deps.reports.renderResponseReport(report);
    return { pdf, recommendations: report.plan.length };
  };
}
