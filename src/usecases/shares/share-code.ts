import { centreName, NotSignedInError } from '../../domain/index.js';
import type { UseCaseDependencies } from '../dependencies.js';
import type { Repositories } from '../ports.js';
import type { z } from 'zod';
import type { ShareCodeContract, ShareCodeInfoContract } from '../../contracts/share-contract.js';

export type ShareCodeView = z.infer<typeof ShareCodeContract>;
export type ShareCodeInfo = z.infer<typeof ShareCodeInfoContract>;

/** A code no other centre has, in the join codes' alphabet (easy to read aloud and type). */
async function freshShareCode(repositories: Repositories, deps: UseCaseDependencies) {
  let code = deps.secrets.newJoinCode();
  while (await repositories.facilitators.findByShareCode(code)) code = deps.secrets.newJoinCode();
  return code;
}

/**
 * The facilitator's share code, created the first time it is asked for (or, with `renew`,
 * replaced: the old code then opens nothing new, and the shares already given stay).
 */
export async function facilitatorShareCode(
  deps: UseCaseDependencies,
  facilitatorId: string,
  { renew }: { renew: boolean },
): Promise<ShareCodeView> {
  return deps.store.transaction(async (repositories) => {
    const facilitator = await repositories.facilitators.findById(facilitatorId);
    if (!facilitator) throw new NotSignedInError();
    if (facilitator.shareCode !== null && !renew) {
      return { shareCode: facilitator.shareCode, centreName: centreName(facilitator) };
    }
    await repositories.facilitators.setShareCode(
      facilitatorId,
      await freshShareCode(repositories, deps),
      { onlyIfNone: !renew },
    );
    // Read back: another instance may have given the first code a moment before.
    const saved = await repositories.facilitators.findById(facilitatorId);
    return { shareCode: saved!.shareCode!, centreName: centreName(facilitator) };
  });
}
