import type { UseCaseDependencies } from '../dependencies.js';

/** Closes a session for good. */
export function makeSignOut(deps: UseCaseDependencies) {
  return async function signOut({ sessionSecret }: { sessionSecret: string }): Promise<void> {
    await deps.store.transaction((repositories) =>
      repositories.sessions.delete(deps.secrets.hashToken(sessionSecret)),
    );
  };
}
