import { afterEach, describe, expect, test } from 'vitest';
import { expectProblem } from '../support/expect-problem.js';
import { facilitatorApi } from '../support/facilitator-api.js';
import { respondentApi } from '../support/respondent-api.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

let testApp: TestApp | undefined;
afterEach(async () => {
  await testApp?.close();
  testApp = undefined;
});

async function start() {
  testApp = await startTestApp();
  return testApp.app;
}

describe('addresses the router cannot read', () => {
  test('when a path holds a broken percent-escape, then it answers 400 malformed_url as problem+json', async () => {
    const app = await start();

    for (const url of ['/api/responses/%zz', '/api/join/%', '/api/questionnaires/%c0%ae']) {
      const response = await app.inject({ method: 'GET', url });

      const problem = expectProblem(response, 400, 'malformed_url');
      expect(problem.detail).toMatch(/%XX/);
    }
  });

  test('when a path parameter is longer than any id, then it answers 414 url_too_long as problem+json', async () => {
    const app = await start();

    const response = await app.inject({ method: 'GET', url: `/api/responses/${'a'.repeat(101)}` });

    expectProblem(response, 414, 'url_too_long');
  });
});

describe('the NUL character, which PostgreSQL cannot store', () => {
  test('when a body field holds NUL, then it answers 400 naming the field, and nothing is created', async () => {
    const app = await start();
    const facilitators = facilitatorApi(app);
    const anne = await facilitators.facilitator('anne@crib.fr');

    const response = await facilitators.post(anne, '/api/workshops', {
      title: 'Atelier\u0000',
      date: '2026-12-03',
      questionnaireId: 'mini',
    });

    const problem = expectProblem(response, 400, 'validation_failed', ['/title']);
    expect(problem.detail).toBe(
      'The request body holds a NUL character (\\u0000), which no text may hold.',
    );
    expect((await facilitators.get(anne, '/api/workshops')).json()).toEqual({ workshops: [] });
  });

  test('when an answer, a key or an association name holds NUL, then the save is refused and the stored answers are as before', async () => {
    const app = await start();
    const api = respondentApi(app);
    const started = await api.started();
    await api.saved(started.id, started.token, { site: 'yes' });
    const save = (body: object) =>
      app.inject({
        method: 'PATCH',
        url: `/api/responses/${started.id}/answers`,
        headers: { authorization: `Bearer ${started.token}` },
        payload: body,
      });

    expectProblem(await save({ answers: { site: 'no\u0000' } }), 400, 'validation_failed', [
      '/answers/site',
    ]);
    expectProblem(
      await save({ answers: { 'si\u0000te': 'no', channels: ['x', '\u0000'] } }),
      400,
      'validation_failed',
      ['/answers/channels/1', '/answers/si\u0000te'],
    );
    expectProblem(
      await save({ answers: {}, associationName: '\u0000' }),
      400,
      'validation_failed',
      ['/associationName'],
    );

    expect((await api.get(started.id, started.token)).json()).toMatchObject({
      answers: { site: 'yes' },
      associationName: null,
    });
  });

  test('when a path parameter or the query holds NUL, then it answers 400 naming it', async () => {
    const app = await start();
    const api = respondentApi(app);
    const started = await api.started();

    expectProblem(await api.get('%00', started.token), 400, 'validation_failed', ['/id']);
    expectProblem(await api.submit(`${started.id}%00`, started.token), 400, 'validation_failed', [
      '/id',
    ]);
    expectProblem(
      await app.inject({ method: 'GET', url: '/api/join/AB%00CD' }),
      400,
      'validation_failed',
      ['/code'],
    );
    expectProblem(
      await app.inject({
        method: 'GET',
        url: `/api/responses/${started.id}/report.pdf?lang=fr%00`,
        headers: { authorization: `Bearer ${started.token}` },
      }),
      400,
      'validation_failed',
      ['/lang'],
    );
  });
});
