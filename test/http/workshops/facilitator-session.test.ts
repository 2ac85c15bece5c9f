import { afterEach, describe, expect, test } from 'vitest';
import { expectProblem } from '../../support/expect-problem.js';
import { facilitatorApi, PASSWORD } from '../../support/facilitator-api.js';
import { startTestApp, type TestApp } from '../../support/test-app.js';

describe('facilitator sessions', () => {
  let testApp: TestApp;
  afterEach(async () => {
    await testApp.close();
  });
  async function start(env: Record<string, string> = {}, now?: () => Date) {
    testApp = await startTestApp(env, now ? { clock: { now } } : {});
    return facilitatorApi(testApp.app);
  }

  test('when the e-mail and password match, then an httpOnly, same-site cookie opens a session', async () => {
    const api = await start();
    await testApp.app.useCases.addFacilitator({ email: 'Anne@Crib.fr', password: PASSWORD });

    const response = await api.signIn(' anne@crib.fr ', PASSWORD);

    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ email: 'anne@crib.fr', csrfToken: expect.any(String) });
    const cookie = response.cookies.find((c) => c.name === 'assoradar_session')!;
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/api' });
    const me = await api.get(
      { email: '', cookie: `assoradar_session=${cookie.value}`, csrfToken: '' },
      '/api/facilitator/session',
    );
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({ email: 'anne@crib.fr', centreName: null });
  });

  test('when the facilitator was added with a centre name, then the session says it, for the header', async () => {
    const api = await start();
    await testApp.app.useCases.addFacilitator({
      email: 'anne@crib.fr',
      password: PASSWORD,
      displayName: 'CRIB de la Gironde',
    });

    const signedIn = await api.signIn('anne@crib.fr', PASSWORD);
    const cookie = signedIn.cookies.find((c) => c.name === 'assoradar_session')!;
    const me = await api.get(
      { email: '', cookie: `assoradar_session=${cookie.value}`, csrfToken: '' },
      '/api/facilitator/session',
    );

    expect(signedIn.json()).toMatchObject({ centreName: 'CRIB de la Gironde' });
    expect(me.json()).toMatchObject({ email: 'anne@crib.fr', centreName: 'CRIB de la Gironde' });
  });

  test('when the password or the address is wrong, then it answers 401 invalid_credentials alike', async () => {
    const api = await start();
    await testApp.app.useCases.addFacilitator({ email: 'anne@crib.fr', password: PASSWORD });

    const wrongPassword = await api.signIn('anne@crib.fr', 'pas le bon mot de passe');
    const unknown = await api.signIn('personne@crib.fr', PASSWORD);

    expectProblem(wrongPassword, 401, 'invalid_credentials');
    expectProblem(unknown, 401, 'invalid_credentials');
    expect(wrongPassword.cookies).toEqual([]);
  });

  test('when there is no cookie, then facilitator routes answer 401 not_signed_in', async () => {
    const api = await start();
    expectProblem(await api.get(undefined, '/api/facilitator/session'), 401, 'not_signed_in');
    expectProblem(await api.get(undefined, '/api/workshops'), 401, 'not_signed_in');
  });

  test('when the facilitator signs out, then the session no longer opens anything', async () => {
    const api = await start();
    const anne = await api.facilitator('anne@crib.fr');

    expectProblem(
      await api.delete(anne, '/api/facilitator/session', false),
      403,
      'csrf_token_invalid',
    );
    expect((await api.delete(anne, '/api/facilitator/session')).statusCode).toBe(204);

    expectProblem(await api.get(anne, '/api/workshops'), 401, 'not_signed_in');
  });

  test('when the session has expired, then it answers 401 not_signed_in', async () => {
    let now = new Date('2026-11-26T08:00:00Z');
    const api = await start({ SESSION_HOURS: '2' }, () => now);
    const anne = await api.facilitator('anne@crib.fr');
    expect((await api.get(anne, '/api/workshops')).statusCode).toBe(200);

    now = new Date('2026-11-26T10:00:01Z');

    expectProblem(await api.get(anne, '/api/workshops'), 401, 'not_signed_in');
  });

  test('when sign-in is tried too often, then it answers 429 too_many_requests, even with the right password', async () => {
    const api = await start({ SIGN_IN_ATTEMPTS_PER_MINUTE: '3' });
    await testApp.app.useCases.addFacilitator({ email: 'anne@crib.fr', password: PASSWORD });
    for (let i = 0; i < 3; i++) {
      expect((await api.signIn('anne@crib.fr', 'mauvais')).statusCode).toBe(401);
    }

    expectProblem(await api.signIn('anne@crib.fr', PASSWORD), 429, 'too_many_requests');
  });
});
