import type { FastifyInstance } from 'fastify';

export interface FacilitatorAccount {
  email: string;
  password: string;
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
  await app.useCases.addFacilitator(account);
  return account;
}
