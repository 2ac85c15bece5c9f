import { NotSignedInError, type Facilitator } from '../../domain/index.js';
import type { UseCaseDependencies } from '../dependencies.js';
import type { z } from 'zod';
import type { FacilitatorProfileContract } from '../../contracts/share-contract.js';

/** What a facilitator sees and sets of their own account. */
export type FacilitatorProfile = z.infer<typeof FacilitatorProfileContract>;

function profileOf(facilitator: Facilitator): FacilitatorProfile {
  return { email: facilitator.email, displayName: facilitator.displayName };
}

export function makeGetFacilitatorProfile(deps: UseCaseDependencies) {
  return async function getFacilitatorProfile(facilitatorId: string) {
    const facilitator = await deps.store.facilitators.findById(facilitatorId);
    // The session was checked a moment ago; an account erased since signs nobody in.
    if (!facilitator) throw new NotSignedInError();
    return profileOf(facilitator);
  };
}

/** Sets the centre's name (null clears it); shares already given keep going. */
export function makeUpdateFacilitatorProfile(deps: UseCaseDependencies) {
  return async function updateFacilitatorProfile(
    facilitatorId: string,
    changes: { displayName: string | null },
  ): Promise<FacilitatorProfile> {
    return deps.store.transaction(async (repositories) => {
      const facilitator = await repositories.facilitators.findById(facilitatorId);
      if (!facilitator) throw new NotSignedInError();
      await repositories.facilitators.setDisplayName(facilitatorId, changes.displayName);
      return profileOf({ ...facilitator, displayName: changes.displayName });
    });
  };
}
