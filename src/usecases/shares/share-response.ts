import {
  centreName,
  normalizeJoinCode,
  ResponseNotSubmittedError,
  ShareCodeNotFoundError,
} from '../../domain/index.js';
import type { UseCaseDependencies } from '../dependencies.js';
import { ownedResponse } from '../responses/owned-response.js';
import type { CentreShare, OwnedInput } from './centre-share.js';

/**
 * Shares the response's chain with the centre of `shareCode`, on the association's explicit
 * consent (the contract refuses anything but `consent: true`). Only a submitted diagnosis: a
 * draft has no results to hand over. Sharing again with the same centre keeps the first date.
 */
export function makeShareResponse(deps: UseCaseDependencies) {
  return async function shareResponse(
    input: OwnedInput & { shareCode: string },
  ): Promise<CentreShare> {
    return deps.store.transaction(async (repositories) => {
      const response = await ownedResponse(repositories, deps, input.id, input.token);
      if (response.status !== 'submitted') throw new ResponseNotSubmittedError();
      const facilitator = await repositories.facilitators.findByShareCode(
        normalizeJoinCode(input.shareCode),
      );
      if (!facilitator) throw new ShareCodeNotFoundError();
      await repositories.shares.save({
        chainId: response.chainId,
        facilitatorId: facilitator.id,
        consentedAt: deps.clock.now().toISOString(),
      });
      const saved = await repositories.shares.find(response.chainId, facilitator.id);
      return {
        facilitatorId: facilitator.id,
        centreName: centreName(facilitator),
        consentedAt: saved!.consentedAt,
      };
    });
  };
}
