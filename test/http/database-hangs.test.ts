import pg from 'pg';
import { afterEach, describe, expect, test } from 'vitest';
import { expectProblem } from '../support/expect-problem.js';
import { respondentApi } from '../support/respondent-api.js';
import { createTestDatabase, onPostgres, type TestDatabase } from '../support/test-database.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { testConfig } from '../support/test-config.js';
import { buildApp } from '../../src/http/build-app.js';
import { hangingProxy } from '../support/hanging-proxy.js';

const cleanUps: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanUp of cleanUps.splice(0).reverse()) await cleanUp();
});

/** Times an injected request: the answer and how long it took, in ms. */
async function timed<T>(request: () => Promise<T>): Promise<[T, number]> {
  const startedAt = performance.now();
  const answer = await request();
  return [answer, performance.now() - startedAt];
}

describe.runIf(onPostgres)('a PostgreSQL that hangs', () => {
  test('when the server accepts connections but never answers, then health answers 503 within 2 s and a write 503 database_unavailable within its timeouts', async () => {
    const database: TestDatabase = await createTestDatabase();
    cleanUps.push(() => database.remove());
    const url = new URL(database.url);
    const proxy = await hangingProxy({ host: url.hostname, port: Number(url.port || 5432) });
    cleanUps.push(() => proxy.close());
    url.hostname = '127.0.0.1';
    url.port = String(proxy.port);
    // Health keeps its default timeout (1.5 s): what is checked is the promise of the README.
    const app = await buildApp({
      config: testConfig({
        DATABASE_URL: url.toString(),
        DATABASE_WAIT_SECONDS: '0.5',
        DATABASE_TIMEOUT_SECONDS: '0.5',
      }),
    });
    cleanUps.push(() => app.close());
    const api = respondentApi(app);
    await api.started();

    proxy.hang();

    const [health, healthMs] = await timed(() => app.inject({ method: 'GET', url: '/api/health' }));
    expect(health.statusCode).toBe(503);
    expect(health.json()).toEqual({ status: 'unavailable', database: 'unreachable' });
    expect(healthMs).toBeLessThan(2000);
    // A pooled connection waits 0.5 + 1 s for its answer, then is destroyed, not reused.
    const [refused, writeMs] = await timed(() => api.start());
    expectProblem(refused, 503, 'database_unavailable');
    expect(refused.headers['retry-after']).toBe('5');
    expect(writeMs).toBeLessThan(2500);
    const [again, againMs] = await timed(() => api.start());
    expectProblem(again, 503, 'database_unavailable');
    expect(againMs).toBeLessThan(2500);
  }, 15_000);

  test('when another session holds a lock on the table, then a write answers 503 after the statement timeout and health stays ok', async () => {
    const testApp: TestApp = await startTestApp({ DATABASE_TIMEOUT_SECONDS: '0.3' });
    cleanUps.push(() => testApp.close());
    const api = respondentApi(testApp.app);
    await api.started();
    const locker = new pg.Client({ connectionString: testApp.database.url });
    await locker.connect();
    cleanUps.push(() => locker.end());
    await locker.query('begin');
    await locker.query('lock table responses in access exclusive mode');

    const [refused, writeMs] = await timed(() => api.start());

    expectProblem(refused, 503, 'database_unavailable');
    expect(writeMs).toBeLessThan(2000);
    const health = await testApp.app.inject({ method: 'GET', url: '/api/health' });
    expect(health.json()).toEqual({ status: 'ok', database: 'ok' });
    // Saves arriving together share one transaction: they fail together, after one timeout.
    const [together, togetherMs] = await timed(() =>
      Promise.all(Array.from({ length: 6 }, () => api.start())),
    );
    for (const answer of together) expectProblem(answer, 503, 'database_unavailable');
    expect(togetherMs).toBeLessThan(2000);
    await locker.query('rollback');
    await api.started();
  });
});
