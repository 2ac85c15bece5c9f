import type { UseCaseDependencies } from '../dependencies.js';
import { facilitatorShareCode, type ShareCodeView } from './share-code.js';

/** Replaces the facilitator's share code: the old one opens nothing new, given shares stay. */
export function makeRenewShareCode(deps: UseCaseDependencies) {
  return async function renewShareCode({
    facilitatorId,
  }: {
    facilitatorId: string;
  }): Promise<ShareCodeView> {
    return facilitatorShareCode(deps, facilitatorId, { renew: true });
  };
}
