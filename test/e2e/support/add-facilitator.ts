import type { FastifyInstance } from 'fastify';

export interface FacilitatorAccount {
  email: string;
  password: string;
  /** The centre's name associations see before sharing with it. */
  displayName?: string;
  /** Given back once the account exists, for tests that call use cases on its behalf. */
  id?: string;
}

/**
 * A facilitator account, made by the use case the operator's CLI calls (`assoradar facilitator
 * add`), on the app the browser talks to: running the CLI would cost a second for nothing more.
 */
export async function addFacilitator(
  app: FastifyInstance,
  account: FacilitatorAccount = {
    email: 'animatrice@crib-exemple.fr',
    password: 'un mot de passe assez long',
  },
): Promise<FacilitatorAccount> {
  const { id } = await app.useCases.addFacilitator(account);
  return { ...account, id };
}
