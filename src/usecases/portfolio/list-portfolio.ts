import type { QuestionnaireResponse } from '../../domain/index.js';
import type { UseCaseDependencies } from '../dependencies.js';
import { portfolioEntry, type PortfolioEntry } from './portfolio-entry.js';

/**
 * The associations that share their diagnoses with the facilitator, by name (unnamed ones last),
 * each with its latest submitted diagnosis and its progress since the one before.
 */
export function makeListPortfolio(deps: UseCaseDependencies) {
  return async function listPortfolio({
    facilitatorId,
    locale,
  }: {
    facilitatorId: string;
    locale?: string | undefined;
  }): Promise<PortfolioEntry[]> {
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
