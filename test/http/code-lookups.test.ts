import type { FastifyInstance } from 'fastify';
import { afterEach, describe, expect, test } from 'vitest';
import { expectProblem } from '../support/expect-problem.js';
import { facilitatorApi } from '../support/facilitator-api.js';
import { respondentApi } from '../support/respondent-api.js';
import { shareApi } from '../support/share-api.js';
import { teamApi } from '../support/team-api.js';
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

type CodeRoute = '/api/join/' | '/api/share-codes/' | '/api/team-invites/';

/** A code that opens something on the route: a workshop's, a centre's or a team's. */
async function liveCode(app: FastifyInstance, route: CodeRoute): Promise<string> {
  if (route === '/api/team-invites/') {
    return teamApi(app).invited(await respondentApi(app).started());
  }
  const centres = facilitatorApi(app);
  const anne = await centres.facilitator('anne@crib.fr');
  if (route === '/api/share-codes/') return shareApi(app).shareCode(anne);
  return (await centres.workshop(anne)).joinCode;
}

const lookUp = (app: FastifyInstance, url: string, remoteAddress = '127.0.0.1') =>
  app.inject({ method: 'GET', url, remoteAddress });

describe('code lookups (CODE_LOOKUPS_PER_MINUTE)', () => {
  for (const route of ['/api/join/', '/api/share-codes/', '/api/team-invites/'] as const) {
    test(`when an address tries more wrong codes than the budget on ${route}:code, then even a right one answers 429 with Retry-After`, async () => {
      const app = await start({ CODE_LOOKUPS_PER_MINUTE: '3' });
      const code = await liveCode(app, route);
      for (const wrong of ['AAAAAA', 'BBBBBB', 'CCCCCC']) {
        expect((await lookUp(app, `${route}${wrong}`)).statusCode).toBe(404);
      }

      const refused = await lookUp(app, `${route}${code}`);

      const problem = expectProblem(refused, 429, 'too_many_requests');
      expect(problem.detail).toMatch(/^Too many requests from this address: try again in \d+ s\.$/);
      const retryAfter = Number(refused.headers['retry-after']);
      expect(retryAfter).toBeGreaterThan(0);
      expect(retryAfter).toBeLessThanOrEqual(60);
      // Another address has a budget of its own.
      expect((await lookUp(app, `${route}${code}`, '10.0.0.2')).statusCode).toBe(200);
    });
  }

  test('when a workshop room behind one address looks its code up many times, then a right code counts a tenth of a wrong one', async () => {
    const app = await start({ CODE_LOOKUPS_PER_MINUTE: '3' });
    const joinCode = await liveCode(app, '/api/join/');

    // A budget of 3 wrong codes is 30 points: 20 right lookups (1 each) and a wrong one (10)
    // use it up, where 4 wrong ones would have gone over.
    for (let i = 0; i < 20; i++) {
      expect((await lookUp(app, `/api/join/${joinCode}`)).statusCode).toBe(200);
    }
    expect((await lookUp(app, '/api/join/AAAAAA')).statusCode).toBe(404);
    expect((await lookUp(app, `/api/join/${joinCode}`)).statusCode).toBe(429);
  });

  test('when codes are tried by joining a workshop or a team (POST), then they count against the same budget', async () => {
    const app = await start({ CODE_LOOKUPS_PER_MINUTE: '2' });
    const centres = facilitatorApi(app);
    expectProblem(await centres.join('AAAAAA'), 404, 'workshop_not_found');
    const member = await teamApi(app).join('BBBBBB', { displayName: 'Zoé', locale: 'fr' });
    expect(member.statusCode).toBe(404);

    expectProblem(await lookUp(app, '/api/share-codes/CCCCCC'), 429, 'too_many_requests');
  });

  test('when Redis is down, then code lookups are still limited on each instance', async () => {
    const app = await start({ REDIS_URL: 'redis://127.0.0.1:1', CODE_LOOKUPS_PER_MINUTE: '1' });
    expect((await lookUp(app, '/api/join/AAAAAA')).statusCode).toBe(404);

    expectProblem(await lookUp(app, '/api/join/BBBBBB'), 429, 'too_many_requests');
  });
});

describe('documents (DOCUMENTS_PER_MINUTE)', () => {
  test('when an address downloads more documents than the budget, then the next, on any document route, answers 429', async () => {
    const app = await start({ DOCUMENTS_PER_MINUTE: '2' });
    const paper = '/api/questionnaires/mini/versions/1.0.0/paper.pdf';
    expect((await lookUp(app, paper)).statusCode).toBe(200);
    expect((await lookUp(app, paper)).statusCode).toBe(200);

    const refused = await lookUp(app, '/api/responses/unknown/report.pdf');

    expectProblem(refused, 429, 'too_many_requests');
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    // HEAD renders the document too (and drops the body): it is counted the same.
    expect((await app.inject({ method: 'HEAD', url: paper })).statusCode).toBe(429);
    // Other reads are not documents.
    expect((await lookUp(app, '/api/questionnaires')).statusCode).toBe(200);
  });
});
