import { centreName, normalizeJoinCode, ShareCodeNotFoundError } from '../../domain/index.js';
import type { UseCaseDependencies } from '../dependencies.js';
import type { ShareCodeInfo } from './share-code.js';

/** The centre a share code names, as an association sees it before consenting. */
export function makeGetShareCodeInfo(deps: UseCaseDependencies) {
  return async function getShareCodeInfo({ code }: { code: string }): Promise<ShareCodeInfo> {
    const facilitator = await deps.store.facilitators.findByShareCode(normalizeJoinCode(code));
    if (!facilitator) throw new ShareCodeNotFoundError();
    return { centreName: centreName(facilitator) };
  };
}
