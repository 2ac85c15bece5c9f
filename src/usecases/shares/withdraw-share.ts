import { ShareNotFoundError } from '../../domain/index.js';
import type { UseCaseDependencies } from '../dependencies.js';
import { ownedResponse } from '../responses/owned-response.js';
import type { OwnedInput } from './centre-share.js';

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
