import type { UseCaseDependencies } from '../dependencies.js';
import { responseView } from '../responses/response-view.js';
import { sharedChain } from './shared-chain.js';
import type { z } from 'zod';
import type { PortfolioEntryViewContract } from '../../contracts/share-contract.js';

export type PortfolioEntryView = z.infer<typeof PortfolioEntryViewContract>;

/** A shared association's entry, with its latest results (no answers) and its own plan. */
export function makeGetPortfolioEntry(deps: UseCaseDependencies) {
  return async function getPortfolioEntry({
    facilitatorId,
    chainId,
    locale,
  }: {
    facilitatorId: string;
    chainId: string;
    locale?: string | undefined;
  }): Promise<PortfolioEntryView> {
    const { entry, latest } = await sharedChain(deps, facilitatorId, chainId, locale);
    const [results, priorities, actions] = await Promise.all([
      responseView(deps, latest, { answersShown: false, history: false }),
      deps.store.plans.priorities(latest.id),
      deps.store.plans.listActions(latest.id),
    ]);
    return { entry, results, ownedPlan: { priorities, actions } };
  };
}
