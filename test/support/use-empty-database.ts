import { afterEach, beforeEach } from 'vitest';
import { openDatabase, type Database } from '../../src/store/open-database.js';
import { createTestDatabase, type TestDatabase } from './test-database.js';

export interface EmptyDatabase {
  database: TestDatabase;
  /** Opened without migrating: the test decides how far the schema goes. */
  db: Database;
}

/** Registers the hooks of a test file that migrates by itself: a fresh database for each test. */
export function useEmptyDatabase(): EmptyDatabase {
  const env = {} as EmptyDatabase;
  beforeEach(async () => {
    env.database = await createTestDatabase();
    env.db = openDatabase(env.database.config);
  });
  afterEach(async () => {
    await env.db.destroy();
    await env.database.remove();
  });
  return env;
}
