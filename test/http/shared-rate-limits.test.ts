import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, test } from 'vitest';
import { expectProblem } from '../support/expect-problem.js';
import { facilitatorApi } from '../support/facilitator-api.js';
import { respondentApi } from '../support/respondent-api.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { hangingProxy } from '../support/hanging-proxy.js';
import { TEST_REDIS_URL, testRedisNamespace } from './support/test-redis.js';

const started: TestApp[] = [];
let namespace: ReturnType<typeof testRedisNamespace> | undefined;
afterEach(async () => {
  for (const testApp of started.splice(0)) await testApp.close();
  await namespace?.remove();
  namespace = undefined;
});

/** Two instances of the app, as behind a load balancer: each its own process memory. */
async function twoInstances(env: Record<string, string>) {
  namespace = testRedisNamespace();
  const shared = { REDIS_URL: TEST_REDIS_URL, REDIS_KEY_PREFIX: namespace.prefix, ...env };
  for (let i = 0; i < 2; i++) started.push(await startTestApp(shared));
  return [started[0]!.app, started[1]!.app] as const;
}

describe('rate-limit counters in Redis (REDIS_URL)', () => {
  test('when sign-in attempts are split between two instances, then together they reach the limit', async () => {
    const [first, second] = await twoInstances({ SIGN_IN_ATTEMPTS_PER_MINUTE: '4' });
    const signIns = [facilitatorApi(first), facilitatorApi(second)];
    for (let i = 0; i < 4; i++) {
      expect((await signIns[i % 2]!.signIn('anne@crib.fr', 'mauvais')).statusCode).toBe(401);
    }

    expectProblem(await signIns[0]!.signIn('anne@crib.fr', 'mauvais'), 429, 'too_many_requests');
    expectProblem(await signIns[1]!.signIn('anne@crib.fr', 'mauvais'), 429, 'too_many_requests');
  });

  test('when writes are split between two instances, then together they reach the limit', async () => {
    const [first, second] = await twoInstances({ WRITES_PER_MINUTE: '3' });
    const respondents = [respondentApi(first), respondentApi(second)];
    for (let i = 0; i < 3; i++) expect((await respondents[i % 2]!.start()).statusCode).toBe(201);

    const refused = await respondents[1]!.start();

    expectProblem(refused, 429, 'too_many_requests');
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
  });

  test("when counters are written, then every key is under the app's prefix", async () => {
    const [first] = await twoInstances({});
    await respondentApi(first).started();
    await facilitatorApi(first).signIn('anne@crib.fr', 'mauvais');

    const keys = await namespace!.keys();

    expect(keys).toEqual([
      `${namespace!.prefix}rate-limit:127.0.0.1`,
      `${namespace!.prefix}rate-limit:POST/api/facilitator/session-127.0.0.1`,
    ]);
  });

  test('when the app closes, then its Redis connection is closed', async () => {
    await twoInstances({});
    expect(await namespace!.clientNames()).toEqual([
      `${namespace!.prefix}rate-limits`,
      `${namespace!.prefix}rate-limits`,
    ]);

    for (const testApp of started.splice(0)) await testApp.close();

    expect(await namespace!.clientNames()).toEqual([]);
  });

  test('when Redis does not answer, then the app still starts, serves, limits each instance alone, says so once in the log and closes', async () => {
    const log = new PassThrough();
    const lines: string[] = [];
    log.on('data', (chunk: Buffer) => lines.push(chunk.toString()));
    const testApp = await startTestApp(
      // Nothing listens on port 1: every connection is refused.
      { REDIS_URL: 'redis://127.0.0.1:1', WRITES_PER_MINUTE: '2', LOG_LEVEL: 'warn' },
      { logStream: log },
    );
    started.push(testApp);
    const api = respondentApi(testApp.app);

    // The limit cannot be shared, so this instance counts alone rather than not at all.
    const first = await api.started();
    await api.saved(first.id, first.token, { site: 'yes' });
    expectProblem(await api.start(), 429, 'too_many_requests');

    expect((await testApp.app.inject({ method: 'GET', url: '/api/health' })).statusCode).toBe(200);
    const warnings = lines.join('').match(/Redis does not answer[^"]*/g);
    expect(warnings).toEqual([
      'Redis does not answer: each instance counts the rate limits alone until it is back',
    ]);
  });

  test('when Redis is down, then sign-in is still limited on each instance', async () => {
    const testApp = await startTestApp({
      REDIS_URL: 'redis://127.0.0.1:1',
      SIGN_IN_ATTEMPTS_PER_MINUTE: '3',
    });
    started.push(testApp);
    const signIns = facilitatorApi(testApp.app);
    for (let i = 0; i < 3; i++) {
      expect((await signIns.signIn('anne@crib.fr', 'mauvais')).statusCode).toBe(401);
    }

    expectProblem(await signIns.signIn('anne@crib.fr', 'mauvais'), 429, 'too_many_requests');
  });

  test('when Redis accepts connections but stops answering, then sign-in is limited on each instance and requests do not wait for it each time', async () => {
    const redisUrl = new URL(TEST_REDIS_URL);
    const proxy = await hangingProxy({
      host: redisUrl.hostname,
      port: Number(redisUrl.port || 6379),
    });
    try {
      namespace = testRedisNamespace();
      const testApp = await startTestApp({
        REDIS_URL: `redis://127.0.0.1:${proxy.port}`,
        REDIS_KEY_PREFIX: namespace.prefix,
        SIGN_IN_ATTEMPTS_PER_MINUTE: '3',
      });
      started.push(testApp);
      const signIns = facilitatorApi(testApp.app);
      expect((await signIns.signIn('anne@crib.fr', 'mauvais')).statusCode).toBe(401);

      proxy.hang();
      const timings: number[] = [];
      for (let i = 0; i < 2; i++) {
        const startedAt = performance.now();
        expect((await signIns.signIn('anne@crib.fr', 'mauvais')).statusCode).toBe(401);
        timings.push(performance.now() - startedAt);
      }
      // Counted alone from the first failure on: the shared count (1) is not carried over.
      expect((await signIns.signIn('anne@crib.fr', 'mauvais')).statusCode).toBe(401);
      expectProblem(await signIns.signIn('anne@crib.fr', 'mauvais'), 429, 'too_many_requests');
      // The first waits for Redis's command timeout (1 s); the next ones count at once.
      expect(timings[1]).toBeLessThan(500);
    } finally {
      for (const testApp of started.splice(0)) await testApp.close();
      await proxy.close();
    }
  });
});

describe('code lookups and documents with Redis', () => {
  test('when wrong codes are looked up through two instances, then together they reach the budget', async () => {
    const [first, second] = await twoInstances({ CODE_LOOKUPS_PER_MINUTE: '3' });
    const lookUps = [first, second].map(
      (app) => (url: string) => app.inject({ method: 'GET', url }),
    );
    expect((await lookUps[0]!('/api/join/AAAAAA')).statusCode).toBe(404);
    expect((await lookUps[1]!('/api/share-codes/AAAAAA')).statusCode).toBe(404);
    expect((await lookUps[0]!('/api/team-invites/AAAAAA')).statusCode).toBe(404);

    const refused = await lookUps[1]!('/api/join/BBBBBB');

    expectProblem(refused, 429, 'too_many_requests');
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(await namespace!.keys()).toContain(`${namespace!.prefix}rate-limit:codes-127.0.0.1`);
  });

  test('when documents are downloaded through two instances, then together they reach the budget', async () => {
    const [first, second] = await twoInstances({ DOCUMENTS_PER_MINUTE: '2' });
    const paper = '/api/questionnaires/mini/versions/1.0.0/paper.pdf';
    expect((await first.inject({ method: 'GET', url: paper })).statusCode).toBe(200);
    expect((await second.inject({ method: 'GET', url: paper })).statusCode).toBe(200);

    const refused = await first.inject({ method: 'GET', url: paper });

    expectProblem(refused, 429, 'too_many_requests');
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
  });
});
