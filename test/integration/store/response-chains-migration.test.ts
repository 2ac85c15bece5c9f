import { sql } from 'kysely';
import { describe, expect, test } from 'vitest';
import { migrateToLatest } from '../../../src/store/migrate-to-latest.js';
import { migrateTo } from '../../support/migrate-to.js';
import { TEST_DIALECT } from '../../support/test-database.js';
import { useEmptyDatabase } from '../../support/use-empty-database.js';

describe(`migration 004, response chains (${TEST_DIALECT})`, () => {
  const env = useEmptyDatabase();

  test('when a database of responses from before chains is migrated, then each response starts a chain of its own', async () => {
    await migrateTo(env.db, '2026-11-26-003-workshops');
    await sql`insert into questionnaire_versions (questionnaire_id, version, content_hash, first_used_at)
      values ('mini', '1.0.0', 'h', '2025-01-01T00:00:00.000Z')`.execute(env.db);
    for (const id of ['r1', 'r2']) {
      await sql`insert into responses (id, questionnaire_id, version, locale, status, token_hash,
          answers, created_at, updated_at)
        values (${id}, 'mini', '1.0.0', 'fr', 'draft', ${`hash-${id}`}, '{}',
          '2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z')`.execute(env.db);
    }

    await migrateToLatest(env.db);

    const rows = await env.db
      .selectFrom('responses')
      .select(['id', 'chain_id', 'previous_response_id'])
      .orderBy('id')
      .execute();
    expect(rows).toEqual([
      { id: 'r1', chain_id: 'r1', previous_response_id: null },
      { id: 'r2', chain_id: 'r2', previous_response_id: null },
    ]);
  });
});
