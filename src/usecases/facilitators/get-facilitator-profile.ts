import { NotSignedInError } from '../../domain/index.js';
import type { UseCaseDependencies } from '../dependencies.js';
import { profileOf, type FacilitatorProfile } from './facilitator-profile.js';

/** The facilitator's own account, as they see it. */
export function makeGetFacilitatorProfile(deps: UseCaseDependencies) {
  return async function getFacilitatorProfile({
    facilitatorId,
  }: {
    facilitatorId: string;
  }): Promise<FacilitatorProfile> {
    const facilitator = await deps.store.facilitators.findById(facilitatorId);
    // The session was checked a moment ago; an account erased since signs nobody in.
    if (!facilitator) throw new NotSignedInError();
    return profileOf(facilitator);
  };
}
