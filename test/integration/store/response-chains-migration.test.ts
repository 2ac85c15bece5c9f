import { Migrator, sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { migrations } from '../../../migrations/index.js';
import { migrateToLatest } from '../../../src/store/migrate-to-latest.js';
import { openDatabase, type Database } from '../../../src/store/open-database.js';
import {
  createTestDatabase,
  onPostgres,
  TEST_DIALECT,
  type TestDatabase,
} from '../../support/test-database.js';

describe(`migration 004, response chains (${TEST_DIALECT})`, () => {
  let database: TestDatabase;
  let db: Database;
  beforeEach(async () => {
    database = await createTestDatabase();
    db = openDatabase(database.config);
  });
  afterEach(async () => {
    await db.destroy();
    await database.remove();
  });

  test('when a database of responses from before chains is migrated, then each response starts a chain of its own', async () => {
    const schema = onPostgres
      ? (await sql<{ schema: string }>`select current_schema() as schema`.execute(db)).rows[0]!
          .schema
      : undefined;
    const before = new Migrator({
      db,
      provider: { getMigrations: async () => migrations },
      migrationTableSchema: schema,
    });
    const { error } = await before.migrateTo('2026-11-26-003-workshops');
    expect(error).toBeUndefined();
    await sql`insert into questionnaire_versions (questionnaire_id, version, content_hash, first_used_at)
      values ('mini', '1.0.0', 'h', '2025-01-01T00:00:00.000Z')`.execute(db);
    for (const id of ['r1', 'r2']) {
      await sql`insert into responses (id, questionnaire_id, version, locale, status, token_hash,
          answers, created_at, updated_at)
        values (${id}, 'mini', '1.0.0', 'fr', 'draft', ${`hash-${id}`}, '{}',
          '2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z')`.execute(db);
    }

    await migrateToLatest(db);

    const rows = await db
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
