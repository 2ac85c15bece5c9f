import { Migrator, sql } from 'kysely';
import { expect } from 'vitest';
import { migrations } from '../../migrations/index.js';
import type { Database } from '../../src/store/open-database.js';
import { onPostgres } from './test-database.js';

/**
 * Brings an empty database up to `migration` and no further, so that a test can write rows as
 * they stood before a later migration, then check what migrateToLatest makes of them.
 */
export async function migrateTo(db: Database, migration: string): Promise<void> {
  // Named as migrateToLatest names it: otherwise Kysely would look for its migration tables in
  // every schema of the server and find another test's.
  const schema = onPostgres
    ? (await sql<{ schema: string }>`select current_schema() as schema`.execute(db)).rows[0]!.schema
    : undefined;
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
    migrationTableSchema: schema,
  });
  // Kysely returns its error instead of throwing it.
  const { error } = await migrator.migrateTo(migration);
  expect(error).toBeUndefined();
}
