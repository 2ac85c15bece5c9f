import type { UseCaseDependencies } from '../dependencies.js';
import { ownedResponse } from '../responses/owned-response.js';
import { centreShare, type CentreShare, type OwnedInput } from './centre-share.js';

/** The centres the response's chain is shared with, in the order the consents were given. */
export function makeListShares(deps: UseCaseDependencies) {
  return async function listShares(input: OwnedInput): Promise<CentreShare[]> {
    const response = await ownedResponse(deps.store, deps, input.id, input.token);
    const shares = await deps.store.shares.listByChain(response.chainId);
    const centres = await Promise.all(shares.map((share) => centreShare(deps.store, share)));
    return centres.filter((centre) => centre !== undefined);
  };
}
