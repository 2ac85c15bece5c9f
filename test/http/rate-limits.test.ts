import { afterEach, describe, expect, test } from 'vitest';
import { expectProblem } from '../support/expect-problem.js';
import { facilitatorApi, PASSWORD } from '../support/facilitator-api.js';
import { respondentApi } from '../support/respondent-api.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

let testApp: TestApp | undefined;
afterEach(async () => {
  await testApp?.close();
  testApp = undefined;
});

async function start(env: Record<string, string>) {
  testApp = await startTestApp(env);
  return testApp.app;
}

describe('the limit on writes (WRITES_PER_MINUTE)', () => {
  test('when one address writes more than the limit, then the next write answers 429 problem+json with retry-after', async () => {
    const api = respondentApi(await start({ WRITES_PER_MINUTE: '3' }));
    // Three writes on three different routes: one counter for every write.
    const started = await api.started();
    await api.saved(started.id, started.token, { site: 'yes' });
    expect((await api.submit(started.id, started.token)).statusCode).toBe(422);

    const refused = await api.patch(started.id, started.token, { site: 'no' });

    const problem = expectProblem(refused, 429, 'too_many_requests');
    expect(problem.detail).toMatch(/^Too many requests from this address: try again in \d+/);
    const retryAfter = Number(refused.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(refused.headers['x-ratelimit-limit']).toBe('3');
    expect(refused.headers['x-ratelimit-remaining']).toBe('0');
  });

  test('when a write is refused, then nothing of it is written', async () => {
    const api = respondentApi(await start({ WRITES_PER_MINUTE: '2' }));
    const started = await api.started();
    await api.saved(started.id, started.token, { site: 'yes' });

    expectProblem(
      await api.patch(started.id, started.token, { site: 'no' }),
      429,
      'too_many_requests',
    );

    expect((await api.get(started.id, started.token)).json()).toMatchObject({
      answers: { site: 'yes' },
    });
  });

  test('when the write limit is reached, then reads still answer, as often as asked', async () => {
    const app = await start({ WRITES_PER_MINUTE: '1' });
    const api = respondentApi(app);
    const started = await api.started();
    expectProblem(await api.start(), 429, 'too_many_requests');

    for (let i = 0; i < 30; i++) {
      const read = await api.get(started.id, started.token);
      expect(read.statusCode).toBe(200);
      expect(read.headers).not.toHaveProperty('x-ratelimit-limit');
    }
    expect((await app.inject({ method: 'GET', url: '/api/questionnaires' })).statusCode).toBe(200);
    expect((await app.inject({ method: 'HEAD', url: '/api/health' })).statusCode).toBe(200);
  });

  test('when one address has used up its writes, then another address may still write', async () => {
    const app = await start({ WRITES_PER_MINUTE: '1' });
    const startFrom = (remoteAddress: string) =>
      app.inject({
        method: 'POST',
        url: '/api/responses',
        payload: { questionnaireId: 'mini' },
        remoteAddress,
      });
    expect((await startFrom('198.51.100.1')).statusCode).toBe(201);
    expectProblem(await startFrom('198.51.100.1'), 429, 'too_many_requests');

    expect((await startFrom('198.51.100.2')).statusCode).toBe(201);
  });

  test('when a workshop of 30 associations behind one address each saves 15 times, then the default limit lets every save through', async () => {
    const app = await start({});
    const api = respondentApi(app);
    const responses = [];
    for (let i = 0; i < 30; i++) responses.push(await api.started());
    for (let round = 0; round < 15; round++) {
      const saves = await Promise.all(
        responses.map(({ id, token }) =>
          api.patch(id, token, { site: round % 2 === 0 ? 'yes' : 'no' }),
        ),
      );
      expect(saves.map((save) => save.statusCode)).toEqual(responses.map(() => 200));
    }
  });
});

describe('the sign-in limit (SIGN_IN_ATTEMPTS_PER_MINUTE)', () => {
  test('when sign-in has its own stricter limit, then it is reached before the write limit and does not use it up', async () => {
    const app = await start({ SIGN_IN_ATTEMPTS_PER_MINUTE: '2', WRITES_PER_MINUTE: '5' });
    const facilitators = facilitatorApi(app);
    await app.useCases.addFacilitator({ email: 'anne@crib.fr', password: PASSWORD });
    for (let i = 0; i < 2; i++) {
      expect((await facilitators.signIn('anne@crib.fr', 'mauvais')).statusCode).toBe(401);
    }

    expectProblem(await facilitators.signIn('anne@crib.fr', PASSWORD), 429, 'too_many_requests');
    // Three sign-ins were counted against sign-in only: five writes are still allowed.
    const respondents = respondentApi(app);
    for (let i = 0; i < 5; i++) expect((await respondents.start()).statusCode).toBe(201);
    expectProblem(await respondents.start(), 429, 'too_many_requests');
  });

  test('when the writes of an address are used up, then its facilitator can still sign in', async () => {
    const app = await start({ WRITES_PER_MINUTE: '1' });
    const respondents = respondentApi(app);
    await respondents.started();
    expectProblem(await respondents.start(), 429, 'too_many_requests');

    await facilitatorApi(app).facilitator('anne@crib.fr');
  });
});

describe('the client address behind a reverse proxy (TRUST_PROXY)', () => {
  // inject's requests come from 127.0.0.1: here, the reverse proxy.
  const signInFrom = (app: TestApp['app'], client: string) =>
    app.inject({
      method: 'POST',
      url: '/api/facilitator/session',
      headers: { 'x-forwarded-for': client },
      payload: { email: 'anne@crib.fr', password: 'mauvais' },
    });

  test('when the proxy is trusted, then two clients behind it have a counter each', async () => {
    const app = await start({ SIGN_IN_ATTEMPTS_PER_MINUTE: '1', TRUST_PROXY: '127.0.0.1' });

    expect((await signInFrom(app, '203.0.113.10')).statusCode).toBe(401);
    expectProblem(await signInFrom(app, '203.0.113.10'), 429, 'too_many_requests');

    expect((await signInFrom(app, '203.0.113.20')).statusCode).toBe(401);
  });

  test('when the proxy is not trusted, then every client behind it shares its counter', async () => {
    const app = await start({ SIGN_IN_ATTEMPTS_PER_MINUTE: '1' });

    expect((await signInFrom(app, '203.0.113.10')).statusCode).toBe(401);

    expectProblem(await signInFrom(app, '203.0.113.20'), 429, 'too_many_requests');
  });

  test('when only a named proxy is trusted, then a client that forges X-Forwarded-For is still counted by its own address', async () => {
    const app = await start({ WRITES_PER_MINUTE: '1', TRUST_PROXY: '10.0.0.0/8' });
    const startFrom = (forwardedFor: string) =>
      app.inject({
        method: 'POST',
        url: '/api/responses',
        headers: { 'x-forwarded-for': forwardedFor },
        payload: { questionnaireId: 'mini' },
        remoteAddress: '198.51.100.7',
      });

    expect((await startFrom('203.0.113.1')).statusCode).toBe(201);

    expectProblem(await startFrom('203.0.113.2'), 429, 'too_many_requests');
  });
});
