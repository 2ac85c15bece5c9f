import type { Kysely, Selectable } from 'kysely';
import type { ResponseShare } from '../../domain/index.js';
import type { ShareRepository } from '../../usecases/ports.js';
import type { DatabaseSchema } from '../database-schema.js';
import type { ResponseSharesTable } from '../tables/response-shares-table.js';
import { toResponse } from './response-repository.js';

/** Consents to share a chain of diagnoses with a centre. */
export function shareRepository(db: Kysely<DatabaseSchema>): ShareRepository {
  return {
    async save(share) {
      await db
        .insertInto('response_shares')
        .values({
          chain_id: share.chainId,
          facilitator_id: share.facilitatorId,
          consented_at: share.consentedAt,
        })
        // Consenting again changes nothing: the centre has seen it since the first time.
        .onConflict((conflict) => conflict.columns(['chain_id', 'facilitator_id']).doNothing())
        .execute();
    },
    async find(chainId, facilitatorId) {
      const row = await db
        .selectFrom('response_shares')
        .selectAll()
        .where('chain_id', '=', chainId)
        .where('facilitator_id', '=', facilitatorId)
        .executeTakeFirst();
      return row && toShare(row);
    },
    async listByChain(chainId) {
      const rows = await db
        .selectFrom('response_shares')
        .selectAll()
        .where('chain_id', '=', chainId)
        .orderBy('consented_at')
        .orderBy('facilitator_id')
        .execute();
      return rows.map(toShare);
    },
    async listByFacilitator(facilitatorId) {
      const rows = await db
        .selectFrom('response_shares')
        .selectAll()
        .where('facilitator_id', '=', facilitatorId)
        .orderBy('consented_at')
        .orderBy('chain_id')
        .execute();
      return rows.map(toShare);
    },
    async delete(chainId, facilitatorId) {
      const result = await db
        .deleteFrom('response_shares')
        .where('chain_id', '=', chainId)
        .where('facilitator_id', '=', facilitatorId)
        .executeTakeFirst();
      return result.numDeletedRows > 0n;
    },
    async deleteChain(chainId) {
      await db.deleteFrom('response_shares').where('chain_id', '=', chainId).execute();
    },
    async submittedResponses(facilitatorId) {
      const rows = await db
        .selectFrom('responses')
        .selectAll('responses')
        .innerJoin('response_shares', 'response_shares.chain_id', 'responses.chain_id')
        .where('response_shares.facilitator_id', '=', facilitatorId)
        .where('responses.status', '=', 'submitted')
        .orderBy('responses.chain_id')
        .orderBy('responses.submitted_at')
        .execute();
      return rows.map(toResponse);
    },
  };
}

function toShare(row: Selectable<ResponseSharesTable>): ResponseShare {
  return {
    chainId: row.chain_id,
    facilitatorId: row.facilitator_id,
    consentedAt: row.consented_at,
  };
}
