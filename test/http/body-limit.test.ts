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

const LIMIT = 2048;

describe('bodies over BODY_LIMIT', () => {
  test('when a save is over the limit, then it answers 413 problem+json and the stored answers are as before', async () => {
    testApp = await startTestApp({ BODY_LIMIT: String(LIMIT) });
    const api = respondentApi(testApp.app);
    const started = await api.started({ questionnaireId: 'mini', associationName: 'Les Amis' });
    await api.saved(started.id, started.token, { site: 'yes', gdpr: 2 });
    const before = (await api.get(started.id, started.token)).json<Record<string, unknown>>();

    const refused = await testApp.app.inject({
      method: 'PATCH',
      url: `/api/responses/${started.id}/answers`,
      headers: { authorization: `Bearer ${started.token}` },
      payload: { answers: { site: 'no', gdpr: 4 }, associationName: 'x'.repeat(LIMIT) },
    });

    expectProblem(refused, 413, 'body_too_large');
    const after = (await api.get(started.id, started.token)).json<Record<string, unknown>>();
    expect(after).toEqual(before);
    expect(after).toMatchObject({ answers: { site: 'yes', gdpr: 2 }, associationName: 'Les Amis' });
  });

  test('when joining a workshop with a body over the limit, then it answers 413 and nobody joined', async () => {
    testApp = await startTestApp({ BODY_LIMIT: String(LIMIT) });
    const facilitators = facilitatorApi(testApp.app);
    const anne = await facilitators.facilitator('anne@crib.fr');
    const workshop = await facilitators.workshop(anne);

    const refused = await facilitators.join(workshop.joinCode, {
      shareAnswers: true,
      associationName: 'é'.repeat(LIMIT),
    });

    expectProblem(refused, 413, 'body_too_large');
    const dashboard = await facilitators.get(anne, `/api/workshops/${workshop.id}/dashboard`);
    expect(dashboard.json()).toMatchObject({
      counts: { joined: 0, inProgress: 0, submitted: 0 },
      participants: [],
    });
  });

  test('when a body is just under the limit, then it is read as usual', async () => {
    testApp = await startTestApp({ BODY_LIMIT: String(LIMIT) });
    const api = respondentApi(testApp.app);
    const started = await api.started();
    const body = JSON.stringify({ answers: { site: 'yes' }, associationName: 'Les Amis' });
    const padded = body.replace('{', `{${' '.repeat(LIMIT - body.length)}`);
    expect(Buffer.byteLength(padded)).toBe(LIMIT);

    const saved = await testApp.app.inject({
      method: 'PATCH',
      url: `/api/responses/${started.id}/answers`,
      headers: { authorization: `Bearer ${started.token}`, 'content-type': 'application/json' },
      payload: padded,
    });

    expect(saved.statusCode).toBe(200);
  });
});
