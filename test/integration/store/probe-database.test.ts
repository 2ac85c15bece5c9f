import { afterEach, describe, expect, test } from 'vitest';
import { createStore } from '../../../src/store/create-store.js';
import { openDatabase, type Database } from '../../../src/store/open-database.js';
import { createTestDatabase, onPostgres, type TestDatabase } from '../../support/test-database.js';

let database: TestDatabase | undefined;
let db: Database | undefined;
afterEach(async () => {
  await db?.destroy();
  db = undefined;
  await database?.remove();
  database = undefined;
});

describe("the store's ping (what /api/health reports)", () => {
  test('when the database answers and takes writes, then ping says ok', async () => {
    database = await createTestDatabase();
    db = openDatabase(database.config);

    expect(await createStore(db, database.config.dialect).ping()).toBe('ok');
  });

  test.runIf(onPostgres)(
    'when the PostgreSQL server refuses writes (read-only, like a standby), then ping says refuses_writes',
    async () => {
      database = await createTestDatabase();
      if (database.config.dialect !== 'postgres') throw new Error('PostgreSQL only');
      const url = new URL(database.url);
      url.searchParams.set(
        'options',
        `${url.searchParams.get('options') ?? ''} -c default_transaction_read_only=on`,
      );
      db = openDatabase({ ...database.config, url: url.toString() });

      expect(await createStore(db, database.config.dialect).ping()).toBe('refuses_writes');
    },
  );
});
