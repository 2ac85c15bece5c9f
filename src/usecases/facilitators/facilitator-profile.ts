import type { Facilitator } from '../../domain/index.js';
import type { z } from 'zod';
import type { FacilitatorProfileContract } from '../../contracts/share-contract.js';

/** What a facilitator sees and sets of their own account. */
export type FacilitatorProfile = z.infer<typeof FacilitatorProfileContract>;

export function profileOf(facilitator: Facilitator): FacilitatorProfile {
  return { email: facilitator.email, displayName: facilitator.displayName };
}
