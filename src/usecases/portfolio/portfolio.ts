import { ShareNotFoundError, type QuestionnaireResponse } from '../../domain/index.js';
import type { UseCaseDependencies } from '../dependencies.js';
import { submittedReport, type ResponseReportFile } from '../responses/submitted-report.js';
import { responseView } from '../responses/response-view.js';
import { definitionOf } from '../responses/owned-response.js';
import { portfolioEntry, readingLocale, type PortfolioEntry } from './portfolio-entry.js';
import type { z } from 'zod';
import type { PortfolioEntryViewContract } from '../../contracts/share-contract.js';

/**
 * The associations that share their diagnoses with the facilitator, by name (unnamed ones last),
 * each with its latest submitted diagnosis and its progress since the one before.
 */
export function makePortfolio(deps: UseCaseDependencies) {
  return async function portfolio(
    facilitatorId: string,
    locale?: string,
  ): Promise<PortfolioEntry[]> {
    const [shares, responses] = await Promise.all([
      deps.store.shares.listByFacilitator(facilitatorId),
      deps.store.shares.submittedResponses(facilitatorId),
    ]);
    // Map.groupBy is not in Node 20.
    const chains = new Map<string, QuestionnaireResponse[]>();
    for (const response of responses) {
      chains.set(response.chainId, [...(chains.get(response.chainId) ?? []), response]);
    }
    const entries = shares.flatMap((share) => {
      const found = portfolioEntry(deps, share, chains.get(share.chainId) ?? [], locale);
      return found ? [found.entry] : [];
    });
    const plans = await deps.store.plans.statusCounts(
      entries.map((entry) => entry.latest.responseId),
    );
    for (const entry of entries) entry.plan = plans.get(entry.latest.responseId) ?? null;
    return entries.sort(
      (a, b) =>
        Number(a.associationName === null) - Number(b.associationName === null) ||
        (a.associationName ?? '').localeCompare(b.associationName ?? '', locale ?? 'fr') ||
        a.chainId.localeCompare(b.chainId),
    );
  };
}

/** A chain the facilitator may see, with its latest submitted diagnosis; anything else: 404. */
async function sharedChain(
  deps: UseCaseDependencies,
  facilitatorId: string,
  chainId: string,
  locale: string | undefined,
) {
  const share = await deps.store.shares.find(chainId, facilitatorId);
  if (!share) throw new ShareNotFoundError();
  const found = portfolioEntry(deps, share, await deps.store.responses.findChain(chainId), locale);
  if (!found) throw new ShareNotFoundError();
  const plans = await deps.store.plans.statusCounts([found.latest.id]);
  found.entry.plan = plans.get(found.latest.id) ?? null;
  return found;
}

export type PortfolioEntryView = z.infer<typeof PortfolioEntryViewContract>;

export function makePortfolioEntry(deps: UseCaseDependencies) {
  return async function portfolioEntryView(
    facilitatorId: string,
    chainId: string,
    locale?: string,
  ): Promise<PortfolioEntryView> {
    const { entry, latest } = await sharedChain(deps, facilitatorId, chainId, locale);
    const [results, priorities, actions] = await Promise.all([
      responseView(deps, latest, { answersShown: false, history: false }),
      deps.store.plans.priorities(latest.id),
      deps.store.plans.listActions(latest.id),
    ]);
    return { entry, results, ownedPlan: { priorities, actions } };
  };
}

/** The latest diagnosis's PDF, without the answers, with its progress and its own plan. */
export function makePortfolioReport(deps: UseCaseDependencies) {
  return async function portfolioReport(
    facilitatorId: string,
    chainId: string,
    locale?: string,
  ): Promise<ResponseReportFile> {
    const { latest } = await sharedChain(deps, facilitatorId, chainId, locale);
    const questionnaire = definitionOf(deps, latest);
    // Shared with consent: the progress and the association's own plan come with the results.
    return submittedReport(deps, latest, readingLocale(questionnaire, latest, locale), {
      answersShown: false,
      progressAndPlan: true,
    });
  };
}
