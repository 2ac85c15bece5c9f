import {
  centreName,
  normalizeJoinCode,
  ResponseNotSubmittedError,
  ShareCodeNotFoundError,
  ShareNotFoundError,
  type ResponseShare,
} from '../../domain/index.js';
import type { UseCaseDependencies } from '../dependencies.js';
import { ownedResponse } from '../responses/owned-response.js';
import type { Repositories } from '../ports.js';
import type { z } from 'zod';
import type { CentreShareContract } from '../../contracts/share-contract.js';

/** A centre an association shares its diagnoses with. */
export type CentreShare = z.infer<typeof CentreShareContract>;

interface OwnedInput {
  id: string;
  token: string | undefined;
}

async function centreShare(
  repositories: Repositories,
  share: ResponseShare,
): Promise<CentreShare | undefined> {
  const facilitator = await repositories.facilitators.findById(share.facilitatorId);
  return (
    facilitator && {
      facilitatorId: facilitator.id,
      centreName: centreName(facilitator),
      consentedAt: share.consentedAt,
    }
  );
}

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

/** The centres the response's chain is shared with, in the order the consents were given. */
export function makeListShares(deps: UseCaseDependencies) {
  return async function listShares(input: OwnedInput): Promise<CentreShare[]> {
    const response = await ownedResponse(deps.store, deps, input.id, input.token);
    const shares = await deps.store.shares.listByChain(response.chainId);
    const centres = await Promise.all(shares.map((share) => centreShare(deps.store, share)));
    return centres.filter((centre) => centre !== undefined);
  };
}

/** Withdraws the consent: the centre loses access to the whole chain at once. */
export function makeWithdrawShare(deps: UseCaseDependencies) {
  return async function withdrawShare(
    input: OwnedInput & { facilitatorId: string },
  ): Promise<void> {
    await deps.store.transaction(async (repositories) => {
      const response = await ownedResponse(repositories, deps, input.id, input.token);
      // Looked up first, so that a refusal writes nothing (see group-commit.ts).
      if (!(await repositories.shares.find(response.chainId, input.facilitatorId))) {
        throw new ShareNotFoundError();
      }
      // Checked: a withdrawal on another instance at the same moment leaves this one nothing.
      if (!(await repositories.shares.delete(response.chainId, input.facilitatorId))) {
        throw new ShareNotFoundError();
      }
    });
  };
}
