import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, test } from 'vitest';
import { facilitatorApi, EARLY, PASSWORD } from '../support/facilitator-api.js';
import { respondentApi } from '../support/respondent-api.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

let testApp: TestApp | undefined;
afterEach(async () => {
  await testApp?.close();
  testApp = undefined;
});

/** The app logging everything it can (trace) into memory. */
async function startLogging() {
  const stream = new PassThrough();
  const lines: string[] = [];
  stream.on('data', (chunk: Buffer) => lines.push(...chunk.toString().split('\n').filter(Boolean)));
  testApp = await startTestApp({ LOG_LEVEL: 'trace' }, { logStream: stream });
  return { app: testApp.app, log: () => lines.join('\n') };
}

const NAME = 'Association Secrète des Amis du Lavoir';

describe('what the log never holds, even at trace level', () => {
  test("when a facilitator signs in, works and signs out, then the log holds neither the password, the session nor the session's token", async () => {
    const { app, log } = await startLogging();
    const facilitators = facilitatorApi(app);
    const anne = await facilitators.facilitator('anne@crib.fr');
    expect((await facilitators.signIn('anne@crib.fr', 'mot de passe erroné')).statusCode).toBe(401);
    const workshop = await facilitators.workshop(anne);
    await facilitators.get(anne, `/api/workshops/${workshop.id}/dashboard`);
    await facilitators.delete(anne, '/api/facilitator/session');

    const text = log();
    expect(text).toContain('"url":"/api/facilitator/session"');
    expect(text).not.toContain(PASSWORD);
    expect(text).not.toContain('mot de passe erroné');
    expect(text).not.toContain(anne.cookie.split('=')[1]);
    expect(text).not.toContain(anne.csrfToken);
  });

  test('when an association answers, then the log holds neither its token, its name nor its answers', async () => {
    const { app, log } = await startLogging();
    const api = respondentApi(app);
    const started = await api.started({ questionnaireId: 'mini', associationName: NAME });
    await api.saved(started.id, started.token, { ...EARLY, channels: ['newsletter', 'social'] });
    // A refused answer is not logged either.
    expect(
      (await api.patch(started.id, started.token, { site: 'réponse-inventée' })).statusCode,
    ).toBe(400);
    await app.inject({
      method: 'PATCH',
      url: `/api/responses/${started.id}/answers`,
      headers: { authorization: `Bearer ${started.token}` },
      payload: { answers: {}, associationName: `${NAME} (nouveau nom)` },
    });
    await api.submit(started.id, started.token);
    await api.get(started.id, started.token);
    await app.inject({
      method: 'GET',
      url: `/api/responses/${started.id}/report.pdf?lang=fr`,
      headers: { authorization: `Bearer ${started.token}` },
    });

    const text = log();
    expect(text).toContain(`"url":"/api/responses/${started.id}/answers"`);
    expect(text).toContain(`"url":"/api/responses/${started.id}/report.pdf?lang=fr"`);
    expect(text).not.toContain(started.token);
    expect(text).not.toContain('Lavoir');
    for (const answer of ['newsletter', 'social', 'réponse-inventée', 'payroll']) {
      expect(text).not.toContain(answer);
    }
  });

  test('when a participant joins by code, then the join code is masked in the logged address', async () => {
    const { app, log } = await startLogging();
    const facilitators = facilitatorApi(app);
    const anne = await facilitators.facilitator('anne@crib.fr');
    const workshop = await facilitators.workshop(anne);
    await app.inject({ method: 'GET', url: `/api/join/${workshop.joinCode}` });
    const joined = await facilitators.join(workshop.joinCode, {
      shareAnswers: true,
      associationName: NAME,
    });
    expect(joined.statusCode).toBe(201);

    const text = log();
    expect(text).toContain('"url":"/api/join/***"');
    expect(text).not.toContain(workshop.joinCode);
    expect(text).not.toContain(joined.json<{ token: string }>().token);
    expect(text).not.toContain('Lavoir');
  });

  test('when a member joins a team by its invite link, then the invite code is masked in the logged address', async () => {
    const { app, log } = await startLogging();
    const api = respondentApi(app);
    const owner = await api.started();
    const invite = await app.inject({
      method: 'POST',
      url: `/api/responses/${owner.id}/team`,
      headers: { authorization: `Bearer ${owner.token}` },
    });
    const { inviteCode } = invite.json<{ inviteCode: string }>();
    await app.inject({ method: 'GET', url: `/api/team-invites/${inviteCode}` });
    const joined = await app.inject({
      method: 'POST',
      url: `/api/team-invites/${inviteCode}/members`,
      payload: { displayName: 'Chloé' },
    });
    expect(joined.statusCode).toBe(201);

    const text = log();
    expect(text).toContain('"url":"/api/team-invites/***"');
    expect(text).toContain('"url":"/api/team-invites/***/members"');
    expect(text).not.toContain(inviteCode);
    expect(text).not.toContain(joined.json<{ token: string }>().token);
  });

  test('when an association looks a centre up by its share code, then the share code is masked in the logged address', async () => {
    const { app, log } = await startLogging();
    const anne = await facilitatorApi(app).facilitator('anne@crib.fr');
    const codeAnswer = await app.inject({
      method: 'GET',
      url: '/api/facilitator/share-code',
      headers: { cookie: anne.cookie },
    });
    const { shareCode } = codeAnswer.json<{ shareCode: string }>();

    expect(
      (await app.inject({ method: 'GET', url: `/api/share-codes/${shareCode}` })).statusCode,
    ).toBe(200);
    await app.inject({ method: 'GET', url: `/api/share-codes/${shareCode.toLowerCase()}` });

    const text = log();
    expect(text).toContain('"url":"/api/share-codes/***"');
    expect(text).not.toContain(shareCode);
    expect(text).not.toContain(shareCode.toLowerCase());
  });

  test('when a client puts a secret in the query string, then only its name is logged', async () => {
    const { app, log } = await startLogging();
    const api = respondentApi(app);
    const started = await api.started();

    await app.inject({
      method: 'GET',
      url: `/api/responses/${started.id}?token=${started.token}&lang=en&${started.token}`,
    });

    const text = log();
    expect(text).toContain(`"url":"/api/responses/${started.id}?token=***&lang=en&***"`);
    expect(text).not.toContain(started.token);
  });

  test('when a debugging line logs headers or a password, then their values are blanked', async () => {
    const { app, log } = await startLogging();

    app.log.debug(
      {
        headers: { authorization: 'Bearer jeton-42', cookie: 'assoradar_session=session-42' },
        body: { email: 'anne@crib.fr', password: 'secret-42' },
      },
      'what came in',
    );

    const text = log();
    expect(text).toContain('"authorization":"***"');
    expect(text).toContain('"email":"anne@crib.fr"');
    expect(text).not.toMatch(/jeton-42|session-42|secret-42/);
  });
});
