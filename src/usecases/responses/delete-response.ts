import type { UseCaseDependencies } from '../dependencies.js';
import { ownedResponse } from './owned-response.js';

/** Erases a response for good, whatever its status: the respondent owns their data. */
export function makeDeleteResponse(deps: UseCaseDependencies) {
  return async function deleteResponse(input: {
    id: string;
    token: string | undefined;
  }): Promise<void> {
    await deps.store.transaction(async (repositories) => {
      const response = await ownedResponse(repositories, deps, input.id, input.token, 'update');
      // The chain is locked too: two of its diagnoses erased at once still see the last one go.
      await repositories.responses.findChain(response.chainId, { lock: 'update' });
      await repositories.responses.delete(response.id);
      // The chain's last diagnosis gone, its consents to share go too: nothing is left to share.
      if ((await repositories.responses.findChain(response.chainId)).length === 0) {
        await repositories.shares.deleteChain(response.chainId);
      }
    });
  };
}
