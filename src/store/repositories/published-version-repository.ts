import type { Kysely } from 'kysely';
import type { PublishedVersionRepository } from '../../usecases/ports.js';
import type { DatabaseSchema } from '../database-schema.js';

export function publishedVersionRepository(db: Kysely<DatabaseSchema>): PublishedVersionRepository {
  return {
    async list() {
      const rows = await db.selectFrom('questionnaire_versions').selectAll().execute();
      return rows.map((row) => ({
        questionnaireId: row.questionnaire_id,
        version: row.version,
        contentHash: row.content_hash,
      }));
    },

    async record(version, firstUsedAt) {
      await db
        .insertInto('questionnaire_versions')
        .values({
          questionnaire_id: version.questionnaireId,
          version: version.version,
          content_hash: version.contentHash,
          first_used_at: firstUsedAt,
        })
        .onConflict((oc) => oc.columns(['questionnaire_id', 'version']).doNothing())
        .execute();
    },
  };
}
