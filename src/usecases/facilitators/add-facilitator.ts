import { FacilitatorExistsError } from '../../domain/index.js';
import type { UseCaseDependencies } from '../dependencies.js';

/** Creates a facilitator account (the operator's CLI); the address is kept lower-cased. */
export function makeAddFacilitator(deps: UseCaseDependencies) {
  return async function addFacilitator(input: { email: string; password: string }) {
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
      };
      await repositories.facilitators.insert(facilitator);
      return { id: facilitator.id, email };
    });
  };
}
