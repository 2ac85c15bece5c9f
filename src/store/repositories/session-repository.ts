import type { Kysely } from 'kysely';
import type { SessionRepository } from '../../usecases/ports.js';
import type { DatabaseSchema } from '../database-schema.js';

/** Facilitators' sessions, in the database so that every app instance shares them. */
export function sessionRepository(db: Kysely<DatabaseSchema>): SessionRepository {
  return {
    async insert(session) {
      await db
        .insertInto('facilitator_sessions')
        .values({
          id_hash: session.idHash,
          facilitator_id: session.facilitatorId,
          csrf_token: session.csrfToken,
          created_at: session.createdAt,
          expires_at: session.expiresAt,
        })
        .execute();
    },
    async find(idHash) {
      const row = await db
        .selectFrom('facilitator_sessions')
        .selectAll()
        .where('id_hash', '=', idHash)
        .executeTakeFirst();
      return (
        row && {
          idHash: row.id_hash,
          facilitatorId: row.facilitator_id,
          csrfToken: row.csrf_token,
          createdAt: row.created_at,
          expiresAt: row.expires_at,
        }
      );
    },
    async delete(idHash) {
      await db.deleteFrom('facilitator_sessions').where('id_hash', '=', idHash).execute();
    },
    async deleteExpired(now) {
      const result = await db
        .deleteFrom('facilitator_sessions')
        .where('expires_at', '<=', now)
        .executeTakeFirst();
      return Number(result.numDeletedRows);
    },
  };
}
