import { centreName, type ResponseShare } from '../../domain/index.js';
import type { Repositories } from '../ports.js';
import type { z } from 'zod';
import type { CentreShareContract } from '../../contracts/share-contract.js';

/** A centre an association shares its diagnoses with. */
export type CentreShare = z.infer<typeof CentreShareContract>;

/** A response opened with its token. */
export interface OwnedInput {
  id: string;
  token: string | undefined;
}

/** The centre of a share, as the association sees it; none once the centre's account is erased. */
export async function centreShare(
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
