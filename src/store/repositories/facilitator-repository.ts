import type { Kysely, Selectable } from 'kysely';
import type { Facilitator } from '../../domain/index.js';
import type { FacilitatorRepository } from '../../usecases/ports.js';
import type { DatabaseSchema } from '../database-schema.js';
import type { FacilitatorsTable } from '../tables/facilitators-table.js';

/** Facilitator accounts; e-mail addresses are kept as given, compared lower-cased by callers. */
export function facilitatorRepository(db: Kysely<DatabaseSchema>): FacilitatorRepository {
  return {
    async insert(facilitator) {
      await db
        .insertInto('facilitators')
        .values({
          id: facilitator.id,
          email: facilitator.email,
          password_hash: facilitator.passwordHash,
          created_at: facilitator.createdAt,
          display_name: facilitator.displayName,
          share_code: facilitator.shareCode,
        })
        .execute();
    },
    async findByEmail(email) {
      const row = await db
        .selectFrom('facilitators')
        .selectAll()
        .where('email', '=', email)
        .executeTakeFirst();
      return row && toFacilitator(row);
    },
    async findById(id) {
      const row = await db
        .selectFrom('facilitators')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirst();
      return row && toFacilitator(row);
    },
    async findByShareCode(shareCode) {
      const row = await db
        .selectFrom('facilitators')
        .selectAll()
        .where('share_code', '=', shareCode)
        .executeTakeFirst();
      return row && toFacilitator(row);
    },
    async setShareCode(id, shareCode, options) {
      let update = db
        .updateTable('facilitators')
        .set({ share_code: shareCode })
        .where('id', '=', id);
      if (options?.onlyIfNone) update = update.where('share_code', 'is', null);
      await update.execute();
    },
    async setDisplayName(id, displayName) {
      await db
        .updateTable('facilitators')
        .set({ display_name: displayName })
        .where('id', '=', id)
        .execute();
    },
  };
}

function toFacilitator(row: Selectable<FacilitatorsTable>): Facilitator {
  return {
    id: row.id,
    email: row.email,
    passwordHash: row.password_hash,
    createdAt: row.created_at,
    displayName: row.display_name,
    shareCode: row.share_code,
  };
}
