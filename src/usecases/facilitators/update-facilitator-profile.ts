import { NotSignedInError } from '../../domain/index.js';
import type { UseCaseDependencies } from '../dependencies.js';
import { profileOf, type FacilitatorProfile } from './facilitator-profile.js';

/** Sets the centre's name (null clears it); shares already given keep going. */
export function makeUpdateFacilitatorProfile(deps: UseCaseDependencies) {
  return async function updateFacilitatorProfile({
    facilitatorId,
    displayName,
  }: {
    facilitatorId: string;
    displayName: string | null;
  }): Promise<FacilitatorProfile> {
    return deps.store.transaction(async (repositories) => {
      const facilitator = await repositories.facilitators.findById(facilitatorId);
      if (!facilitator) throw new NotSignedInError();
      await repositories.facilitators.setDisplayName(facilitatorId, displayName);
      return profileOf({ ...facilitator, displayName });
    });
  };
}
