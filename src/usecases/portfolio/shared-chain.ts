import { ShareNotFoundError } from '../../domain/index.js';
import type { UseCaseDependencies } from '../dependencies.js';
import { portfolioEntry } from './portfolio-entry.js';

/** A chain the facilitator may see, with its latest submitted diagnosis; anything else: 404. */
export async function sharedChain(
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
