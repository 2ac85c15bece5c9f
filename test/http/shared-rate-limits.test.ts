import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, test } from 'vitest';
import { expectProblem } from '../support/expect-problem.js';
import { facilitatorApi } from '../support/facilitator-api.js';
import { respondentApi } from '../support/respondent-api.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
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

  test('when Redis does not answer, then the app still starts, serves, says so in the log and closes', async () => {
    const log = new PassThrough();
    const lines: string[] = [];
    log.on('data', (chunk: Buffer) => lines.push(chunk.toString()));
    const testApp = await startTestApp(
      // Nothing listens on port 1: every connection is refused.
      { REDIS_URL: 'redis://127.0.0.1:1', WRITES_PER_MINUTE: '1', LOG_LEVEL: 'warn' },
      { logStream: log },
    );
    started.push(testApp);
    const api = respondentApi(testApp.app);

    // The limit cannot be counted, so it is skipped rather than turned into an error.
    const first = await api.started();
    const second = await api.started();
    await api.saved(second.id, second.token, { site: 'yes' });

    expect((await testApp.app.inject({ method: 'GET', url: '/api/health' })).statusCode).toBe(200);
    expect(first.id).not.toBe(second.id);
    expect(lines.join('')).toContain(
      'Redis does not answer: requests are not rate-limited until it is back',
    );
  });
});
