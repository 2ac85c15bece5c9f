import type { UseCaseDependencies } from '../dependencies.js';
import { ownedResponse } from './owned-response.js';
import { submittedReport, type ResponseReportFile } from './submitted-report.js';

/**
 * The PDF report of a submitted response, in the asked language or the response's own. Dates
 * come from the response, so the same response always gives the same bytes.
 */
export function makeGetResponseReport(deps: UseCaseDependencies) {
  return async function getResponseReport(input: {
    id: string;
    token: string | undefined;
    locale?: string | undefined;
  }): Promise<ResponseReportFile> {
    const response = await ownedResponse(deps.store, deps, input.id, input.token);
    return submittedReport(deps, response, input.locale, {
      answersShown: true,
      progressAndPlan: true,
    });
  };
}
