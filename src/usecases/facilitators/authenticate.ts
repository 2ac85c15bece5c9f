import { NotSignedInError } from '../../domain/index.js';
import type { UseCaseDependencies } from '../dependencies.js';

export interface SignedInFacilitator {
  facilitatorId: string;
  email: string;
  centreName: string | null;
  csrfToken: string;
  expiresAt: string;
}

/** The facilitator a session cookie belongs to; a missing, unknown or expired one signs nobody in. */
export function makeAuthenticate(deps: UseCaseDependencies) {
  return async function authenticate({
    sessionSecret,
  }: {
    sessionSecret: string | undefined;
  }): Promise<SignedInFacilitator> {
    if (!sessionSecret) throw new NotSignedInError();
    const session = await deps.store.sessions.find(deps.secrets.hashToken(sessionSecret));
    if (!session || session.expiresAt <= deps.clock.now().toISOString())
      throw new NotSignedInError();
    const facilitator = await deps.store.facilitators.findById(session.facilitatorId);
    if (!facilitator) throw new NotSignedInError();
    return {
      facilitatorId: facilitator.id,
      email: facilitator.email,
      centreName: facilitator.displayName,
      csrfToken: session.csrfToken,
      expiresAt: session.expiresAt,
    };
  };
}
