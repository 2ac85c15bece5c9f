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

describe(`migration 007, shares (${TEST_DIALECT})`, () => {
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

  test('when facilitators from before sharing are migrated, then they have no name and no code yet, and no two can ever hold the same code', async () => {
    const schema = onPostgres
      ? (await sql<{ schema: string }>`select current_schema() as schema`.execute(db)).rows[0]!
          .schema
      : undefined;
    const before = new Migrator({
      db,
      provider: { getMigrations: async () => migrations },
      migrationTableSchema: schema,
    });
    const { error } = await before.migrateTo('2026-11-26-004-response-chains');
    expect(error).toBeUndefined();
    for (const id of ['f1', 'f2']) {
      await sql`insert into facilitators (id, email, password_hash, created_at)
        values (${id}, ${`${id}@crib.fr`}, 'hash', '2025-01-01T00:00:00.000Z')`.execute(db);
    }

    await migrateToLatest(db);

    const rows = await db
      .selectFrom('facilitators')
      .select(['id', 'display_name', 'share_code'])
      .orderBy('id')
      .execute();
    expect(rows).toEqual([
      { id: 'f1', display_name: null, share_code: null },
      { id: 'f2', display_name: null, share_code: null },
    ]);
    await db
      .updateTable('facilitators')
      .set({ share_code: 'K7M2QX' })
      .where('id', '=', 'f1')
      .execute();
    await expect(
      db.updateTable('facilitators').set({ share_code: 'K7M2QX' }).where('id', '=', 'f2').execute(),
    ).rejects.toThrow();
  });
});
