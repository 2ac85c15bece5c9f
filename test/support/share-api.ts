import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { expect } from 'vitest';
import type { Answers } from '../../src/domain/index.js';
import { ShareCodeContract } from '../../src/contracts/share-contract.js';
import type { SignedIn } from './facilitator-api.js';
import type { TestDatabase } from './test-database.js';

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

/** The calls of sharing with a centre: the association's (a token) and the centre's (a session). */
export function shareApi(app: FastifyInstance) {
  return {
    share: (id: string, token: string, payload: object) =>
      app.inject({
        method: 'POST',
        url: `/api/responses/${id}/shares`,
        headers: bearer(token),
        payload,
      }),
    shares: (id: string, token: string) =>
      app.inject({ method: 'GET', url: `/api/responses/${id}/shares`, headers: bearer(token) }),
    withdraw: (id: string, token: string, facilitatorId: string) =>
      app.inject({
        method: 'DELETE',
        url: `/api/responses/${id}/shares/${facilitatorId}`,
        headers: bearer(token),
      }),
    centre: (code: string) => app.inject({ method: 'GET', url: `/api/share-codes/${code}` }),
    patchProfile: (who: SignedIn, payload: object, csrf = true) =>
      app.inject({
        method: 'PATCH',
        url: '/api/facilitator/profile',
        headers: { cookie: who.cookie, ...(csrf ? { 'x-csrf-token': who.csrfToken } : {}) },
        payload,
      }),
    /** The facilitator's share code (created at the first call). */
    async shareCode(who: SignedIn): Promise<string> {
      const response = await app.inject({
        method: 'GET',
        url: '/api/facilitator/share-code',
        headers: { cookie: who.cookie },
      });
      expect(response.statusCode).toBe(200);
      return ShareCodeContract.parse(response.json()).shareCode;
    },
    /** A submitted diagnosis of the mini questionnaire. */
    async submitted(answers: Answers, associationName = 'Les Amis du Quartier') {
      const started = await app.inject({
        method: 'POST',
        url: '/api/responses',
        payload: { questionnaireId: 'mini', associationName },
      });
      expect(started.statusCode).toBe(201);
      const { id, token } = started.json<{ id: string; token: string }>();
      const saved = await app.inject({
        method: 'PATCH',
        url: `/api/responses/${id}/answers`,
        headers: bearer(token),
        payload: { answers },
      });
      expect(saved.statusCode).toBe(200);
      const submitted = await app.inject({
        method: 'POST',
        url: `/api/responses/${id}/submit`,
        headers: bearer(token),
      });
      expect(submitted.statusCode).toBe(200);
      return { id, token };
    },
  };
}

/**
 * Makes `later` the diagnosis taken again after `earlier` (same chain, same key), as "take it
 * again" does, with the dates given so that their order is certain.
 */
export async function chainAfter(
  database: TestDatabase,
  earlier: { id: string; submittedAt: string },
  later: { id: string; submittedAt: string },
): Promise<void> {
  await database.rows(
    sql`update responses set submitted_at = ${earlier.submittedAt} where id = ${earlier.id}`,
  );
  await database.rows(sql`update responses set chain_id = ${earlier.id},
      previous_response_id = ${earlier.id}, submitted_at = ${later.submittedAt},
      token_hash = (select token_hash from responses where id = ${earlier.id})
    where id = ${later.id}`);
}
