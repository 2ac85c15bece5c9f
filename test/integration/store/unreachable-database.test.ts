import { afterEach, describe, expect, test } from 'vitest';
import { openDatabase, type Database } from '../../../src/store/open-database.js';
import { DatabaseUnavailableError } from '../../../src/usecases/database-unavailable-error.js';
import { hangingProxy } from '../../support/hanging-proxy.js';
import { createTestDatabase, onPostgres } from '../../support/test-database.js';

const cleanUps: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanUp of cleanUps.splice(0).reverse()) await cleanUp();
});

describe.runIf(onPostgres)('a PostgreSQL server that cannot serve', () => {
  // pg gives up a connection that opened no session within its time with the bare message
  // "timeout expired" (no code): the store must still call it unavailable (503), not a bug.
  test('when a new connection is accepted but never answered, then the query fails as DatabaseUnavailableError within the connect timeout', async () => {
    const database = await createTestDatabase();
    cleanUps.push(() => database.remove());
    if (database.config.dialect !== 'postgres') throw new Error('PostgreSQL only');
    const url = new URL(database.url);
    const proxy = await hangingProxy({ host: url.hostname, port: Number(url.port || 5432) });
    cleanUps.push(() => proxy.close());
    proxy.hang();
    url.hostname = '127.0.0.1';
    url.port = String(proxy.port);
    const db: Database = openDatabase({
      ...database.config,
      url: url.toString(),
      timeouts: { connectMs: 300, statementMs: 300 },
    });
    cleanUps.push(() => db.destroy());

    const started = Date.now();
    const failure = await db
      .selectFrom('responses')
      .select('id')
      .execute()
      .then(
        () => undefined,
        (error: unknown) => error,
      );

    expect(failure).toBeInstanceOf(DatabaseUnavailableError);
    expect(Date.now() - started).toBeLessThan(1500);
  });
});
