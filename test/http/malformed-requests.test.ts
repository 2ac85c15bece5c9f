import { afterEach, describe, expect, test } from 'vitest';
import { expectProblem } from '../support/expect-problem.js';
import { facilitatorApi } from '../support/facilitator-api.js';
import { planApi } from '../support/plan-api.js';
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

describe('lone surrogates, which are no text and would be stored as U+FFFD', () => {
  test('when an association name holds a lone surrogate, then 400 names /associationName and the name stays as it was', async () => {
    const app = await start();
    const api = respondentApi(app);
    const started = await api.started({ questionnaireId: 'mini', associationName: 'Les Amis' });
    const patchName = (associationName: string) =>
      app.inject({
        method: 'PATCH',
        url: `/api/responses/${started.id}/answers`,
        headers: { authorization: `Bearer ${started.token}` },
        payload: { answers: {}, associationName },
      });

    for (const name of ['\ud800', 'Club \udfff', 'Vélo\ud83d']) {
      const problem = expectProblem(await patchName(name), 400, 'validation_failed', [
        '/associationName',
      ]);
      expect(problem.detail).toBe(
        'The request body holds a lone surrogate (such as \\ud800 without its pair), which no text may hold.',
      );
    }
    expectProblem(
      await app.inject({
        method: 'POST',
        url: '/api/responses',
        payload: { questionnaireId: 'mini', associationName: '\ud800' },
      }),
      400,
      'validation_failed',
      ['/associationName'],
    );

    expect((await api.get(started.id, started.token)).json()).toMatchObject({
      associationName: 'Les Amis',
    });
    // A pair is one character, kept whole.
    expect((await patchName('Les Amis 😀')).statusCode).toBe(200);
    expect((await api.get(started.id, started.token)).json()).toMatchObject({
      associationName: 'Les Amis 😀',
    });
  });

  test('when a plan action title holds a lone surrogate, then 400 names /title and nothing is added', async () => {
    const app = await start();
    const plan = planApi(app);
    const { id, token } = await plan.submitted();

    expectProblem(
      await plan.add(id, token, { title: 'Sauvegardes \udc00' }),
      400,
      'validation_failed',
      ['/title'],
    );

    expect((await plan.plan(id, token)).actions).toEqual([]);
  });

  test('when the JSON text spells the escape itself or a key holds one, then each field is named', async () => {
    const app = await start();
    const api = respondentApi(app);
    const started = await api.started();

    const response = await app.inject({
      method: 'PATCH',
      url: `/api/responses/${started.id}/answers`,
      headers: {
        authorization: `Bearer ${started.token}`,
        'content-type': 'application/json',
      },
      payload: '{"answers":{"si\\uDBFFte":"no","site":"\\ud800"},"associationName":"\\u0000"}',
    });

    const problem = expectProblem(response, 400, 'validation_failed', [
      '/answers/site',
      '/answers/si\udbffte',
      '/associationName',
    ]);
    expect(problem.errors?.map((error) => error.detail)).toEqual([
      'holds a lone surrogate (half of a UTF-16 pair), which is not text',
      'holds a lone surrogate (half of a UTF-16 pair), which is not text',
      'holds a NUL character',
    ]);
  });

  test('when the body is not UTF-8 (the bytes of a lone surrogate, a Latin-1 letter), then 400 malformed_json and nothing is saved', async () => {
    const app = await start();
    const api = respondentApi(app);
    const started = await api.started({ questionnaireId: 'mini', associationName: 'Les Amis' });

    for (const bytes of [[0xed, 0xa0, 0x80], [0xe9]]) {
      const response = await app.inject({
        method: 'PATCH',
        url: `/api/responses/${started.id}/answers`,
        headers: {
          authorization: `Bearer ${started.token}`,
          'content-type': 'application/json',
        },
        payload: Buffer.concat([
          Buffer.from('{"answers":{},"associationName":"Caf'),
          Buffer.from(bytes),
          Buffer.from('"}'),
        ]),
      });
      const problem = expectProblem(response, 400, 'malformed_json');
      expect(problem.detail).toBe('The body is not valid UTF-8 text.');
    }

    expect((await api.get(started.id, started.token)).json()).toMatchObject({
      associationName: 'Les Amis',
    });
  });
});
