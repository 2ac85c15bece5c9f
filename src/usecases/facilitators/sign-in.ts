import { InvalidCredentialsError } from '../../domain/index.js';
import type { UseCaseDependencies } from '../dependencies.js';

export interface SignedIn {
  email: string;
  /** The centre's name, shown at the top of the facilitator's pages. */
  centreName: string | null;
  /** The cookie's value: only its hash is stored. */
  sessionSecret: string;
  /** Sent back in the x-csrf-token header of every state-changing request. */
  csrfToken: string;
  expiresAt: string;
}

/** A hash that no password matches, checked when the address is unknown so timing tells nothing. */
let decoyHash: Promise<string> | undefined;

/** Opens a session for a facilitator whose e-mail and password match. */
export function makeSignIn(deps: UseCaseDependencies) {
  return async function signIn(input: { email: string; password: string }): Promise<SignedIn> {
    const email = input.email.trim().toLowerCase();
    const facilitator = await deps.store.facilitators.findByEmail(email);
    decoyHash ??= deps.passwords.hash(deps.secrets.newToken());
    const matches = await deps.passwords.verify(
      input.password,
      facilitator?.passwordHash ?? (await decoyHash),
    );
    if (!facilitator || !matches) throw new InvalidCredentialsError();
    const now = deps.clock.now();
    const sessionSecret = deps.secrets.newToken();
    const session = {
      idHash: deps.secrets.hashToken(sessionSecret),
      facilitatorId: facilitator.id,
      csrfToken: deps.secrets.newToken(),
      createdAt: now.toISOString(),
      expiresAt: new Date(now.getTime() + deps.settings.sessionHours * 3_600_000).toISOString(),
    };
    await deps.store.transaction(async (repositories) => {
      await repositories.sessions.deleteExpired(session.createdAt);
      await repositories.sessions.insert(session);
    });
    return {
      email,
      centreName: facilitator.displayName,
      sessionSecret,
      csrfToken: session.csrfToken,
      expiresAt: session.expiresAt,
    };
  };
}
