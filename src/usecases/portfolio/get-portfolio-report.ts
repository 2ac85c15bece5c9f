import type { UseCaseDependencies } from '../dependencies.js';
import { submittedReport, type ResponseReportFile } from '../responses/submitted-report.js';
import { definitionOf } from '../responses/owned-response.js';
import { readingLocale } from './portfolio-entry.js';
import { sharedChain } from './shared-chain.js';

/** The latest diagnosis's PDF, without the answers, with its progress and its own plan. */
export function makeGetPortfolioReport(deps: UseCaseDependencies) {
  return async function getPortfolioReport({
    facilitatorId,
    chainId,
    locale,
  }: {
    facilitatorId: string;
    chainId: string;
    locale?: string | undefined;
  }): Promise<ResponseReportFile> {
    const { latest } = await sharedChain(deps, facilitatorId, chainId, locale);
    const questionnaire = definitionOf(deps, latest);
    // Shared with consent: the progress and the association's own plan come with the results.
    return submittedReport(deps, latest, readingLocale(questionnaire, latest, locale), {
      answersShown: false,
      progressAndPlan: true,
    });
  };
}
