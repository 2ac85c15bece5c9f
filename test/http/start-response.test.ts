import { afterEach, describe, expect, test } from 'vitest';
import { StartedResponseContract } from '../../src/contracts/response-contract.js';
import { expectProblem } from '../support/expect-problem.js';
import { respondentApi } from '../support/respondent-api.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import type { TestDatabase } from '../support/test-database.js';

describe('POST /api/responses', () => {
  let testApp: TestApp | undefined;
  afterEach(async () => {
    await testApp?.close();
    testApp = undefined;
  });

  async function start(env: Record<string, string> = {}) {
    testApp = await startTestApp(env);
    return {
      app: testApp.app,
      api: respondentApi(testApp.app),
      database: testApp.database,
    };
  }

  async function expectNothingStored(database: TestDatabase) {
    expect(await database.countRows('responses')).toBe(0);
    expect(await database.countRows('questionnaire_versions')).toBe(0);
  }

  test('when a questionnaire id alone is sent, then a draft of its latest version starts in the default locale fr', async () => {
    const { api, database } = await start();

    const response = await api.start({ questionnaireId: 'mini' });

    expect(response.statusCode).toBe(201);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    const body = StartedResponseContract.parse(response.json());
    expect(body).toMatchObject({ questionnaireId: 'mini', version: '1.0.0', locale: 'fr' });
    expect(body.id).not.toBe('');
    // 32 random bytes in base64url: 43 characters nobody can guess.
    expect(body.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(await database.countRows('responses')).toBe(1);
  });

  test('when locale en and the version are named, then the draft uses them', async () => {
    const { api } = await start();

    const response = await api.start({ questionnaireId: 'mini', version: '1.0.0', locale: 'en' });

    expect(response.statusCode).toBe(201);
    expect(StartedResponseContract.parse(response.json())).toMatchObject({
      questionnaireId: 'mini',
      version: '1.0.0',
      locale: 'en',
    });
  });

  test('when two responses start, then each gets its own id and token', async () => {
    const { api } = await start();

    const first = await api.started();
    const second = await api.started();

    expect(second.id).not.toBe(first.id);
    expect(second.token).not.toBe(first.token);
  });

  test('when the questionnaire does not offer the locale, then it answers 400 unsupported_locale and stores nothing', async () => {
    const { api, database } = await start();

    const response = await api.start({ questionnaireId: 'mini', locale: 'de' });

    const problem = expectProblem(response, 400, 'unsupported_locale');
    expect(problem.detail).toContain('"de"');
    expect(problem.detail).toContain('fr, en');
    await expectNothingStored(database);
  });

  test('when the questionnaire is unknown, then it answers 404 questionnaire_not_found and stores nothing', async () => {
    const { api, database } = await start();

    const response = await api.start({ questionnaireId: 'unknown' });

    expectProblem(response, 404, 'questionnaire_not_found');
    await expectNothingStored(database);
  });

  test('when the version is unknown, then it answers 404 questionnaire_not_found and stores nothing', async () => {
    const { api, database } = await start();

    const response = await api.start({ questionnaireId: 'mini', version: '2.0.0' });

    const problem = expectProblem(response, 404, 'questionnaire_not_found');
    expect(problem.detail).toContain('2.0.0');
    await expectNothingStored(database);
  });

  test('when the body has an unknown key, then it answers 400 validation_failed pointing at /extra', async () => {
    const { api, database } = await start();

    const response = await api.start({ questionnaireId: 'mini', extra: true });

    const problem = expectProblem(response, 400, 'validation_failed', ['/extra']);
    expect(problem.errors![0]!.detail).toBe('unknown field');
    await expectNothingStored(database);
  });

  test('when fields are missing or malformed, then each faulty field is pointed at', async () => {
    const { api } = await start();

    expectProblem(await api.start({}), 400, 'validation_failed', ['/questionnaireId']);
    expectProblem(
      await api.start({ questionnaireId: 'mini', version: 'one' }),
      400,
      'validation_failed',
      ['/version'],
    );
    expectProblem(
      await api.start({ questionnaireId: 'mini', locale: 'French' }),
      400,
      'validation_failed',
      ['/locale'],
    );
  });

  test('when the body is not valid JSON, then it answers 400 malformed_json and stores nothing', async () => {
    const { app, database } = await start();

    const response = await app.inject({
      method: 'POST',
      url: '/api/responses',
      headers: { 'content-type': 'application/json' },
      payload: '{"questionnaireId": "mini",',
    });

    expectProblem(response, 400, 'malformed_json');
    await expectNothingStored(database);
  });

  test('when the body is larger than BODY_LIMIT, then it answers 413 body_too_large and stores nothing', async () => {
    const { app, database } = await start({ BODY_LIMIT: '1024' });
    const payload = JSON.stringify({ questionnaireId: 'mini', padding: 'x'.repeat(2000) });
    expect(Buffer.byteLength(payload)).toBeGreaterThan(1024);

    const response = await app.inject({
      method: 'POST',
      url: '/api/responses',
      headers: { 'content-type': 'application/json' },
      payload,
    });

    expectProblem(response, 413, 'body_too_large');
    await expectNothingStored(database);
  });

  test('when the body is under a small BODY_LIMIT, then the same app still accepts it', async () => {
    const { api } = await start({ BODY_LIMIT: '1024' });

    expect((await api.start({ questionnaireId: 'mini' })).statusCode).toBe(201);
  });

  test('when the content type is not JSON, then it answers 415 unsupported_media_type and stores nothing', async () => {
    const { app, database } = await start();

    const response = await app.inject({
      method: 'POST',
      url: '/api/responses',
      headers: { 'content-type': 'application/xml' },
      payload: '<response questionnaireId="mini"/>',
    });

    expectProblem(response, 415, 'unsupported_media_type');
    await expectNothingStored(database);
  });

  // fetch() with a string body and no header sends text/plain: the API speaks only JSON.
  test('when the content type is text/plain, then it answers 415 unsupported_media_type', async () => {
    const { app } = await start();

    const response = await app.inject({
      method: 'POST',
      url: '/api/responses',
      headers: { 'content-type': 'text/plain' },
      payload: '{"questionnaireId":"mini"}',
    });

    expectProblem(response, 415, 'unsupported_media_type');
  });
});
