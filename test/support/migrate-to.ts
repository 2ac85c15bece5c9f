import type { Database } from '../../src/store/open-database.js';
import { appMigrator, migrateWith } from '../../src/store/migrate-to-latest.js';

/**
 * Brings an empty database up to `migration` and no further, so that a test can write rows as
 * they stood before a later migration, then check what migrateToLatest makes of them. It goes
 * through the app's own retry: other test files drop their schemas while this one introspects.
 */
export async function migrateTo(db: Database, migration: string): Promise<void> {
  const migrator = await appMigrator(db);
  await migrateWith(() => migrator.migrateTo(migration));
}
