import { FacilitatorExistsError } from '../../domain/index.js';
import type { UseCaseDependencies } from '../dependencies.js';

/**
 * Creates a facilitator account (the operator's CLI); the address is kept lower-cased, the
 * centre's name (what associations see before sharing with it) is optional.
 */
export function makeAddFacilitator(deps: UseCaseDependencies) {
  return async function addFacilitator(input: {
    email: string;
    password: string;
    displayName?: string | null | undefined;
  }) {
    const email = input.email.trim().toLowerCase();
    const passwordHash = await deps.passwords.hash(input.password);
    return deps.store.transaction(async (repositories) => {
      if (await repositories.facilitators.findByEmail(email))
        throw new FacilitatorExistsError(email);
      const facilitator = {
        id: deps.secrets.newResponseId(),
        email,
        passwordHash,
        createdAt: deps.clock.now().toISOString(),
        displayName: input.displayName?.trim() || null,
        shareCode: null,
      };
      await repositories.facilitators.insert(facilitator);
      return { id: facilitator.id, email, displayName: facilitator.displayName };
    });
  };
}
