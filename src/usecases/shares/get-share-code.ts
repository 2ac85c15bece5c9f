import type { UseCaseDependencies } from '../dependencies.js';
import { facilitatorShareCode, type ShareCodeView } from './share-code.js';

/** The facilitator's share code, created the first time it is asked for. */
export function makeGetShareCode(deps: UseCaseDependencies) {
  return async function getShareCode({
    facilitatorId,
  }: {
    facilitatorId: string;
  }): Promise<ShareCodeView> {
    return facilitatorShareCode(deps, facilitatorId, { renew: false });
  };
}
