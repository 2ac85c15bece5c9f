import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import {
  QuestionnaireContract,
  QuestionnaireListContract,
} from '../../src/contracts/questionnaire-contract.js';
import { expectProblem } from '../support/expect-problem.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

describe('GET /api/questionnaires', () => {
  let testApp: TestApp;
  beforeEach(async () => {
    testApp = await startTestApp();
  });
  afterEach(async () => {
    await testApp.close();
  });

  test('when the list is asked for, then it names each questionnaire with its versions and latest', async () => {
    const response = await testApp.app.inject({ method: 'GET', url: '/api/questionnaires' });

    expect(response.statusCode).toBe(200);
    const body = QuestionnaireListContract.parse(response.json());
    expect(body.questionnaires).toEqual([
      {
        id: 'mini',
        title: { fr: 'Mini diagnostic', en: 'Mini diagnosis' },
        description: { fr: 'Un questionnaire de test.', en: 'A test questionnaire.' },
        locales: ['fr', 'en'],
        versions: ['1.0.0'],
        latest: '1.0.0',
      },
    ]);
  });

  test('when a questionnaire is asked for by id, then its latest version comes with defaults applied', async () => {
    const response = await testApp.app.inject({ method: 'GET', url: '/api/questionnaires/mini' });

    expect(response.statusCode).toBe(200);
    const questionnaire = QuestionnaireContract.parse(response.json());
    expect(questionnaire.id).toBe('mini');
    expect(questionnaire.version).toBe('1.0.0');
    expect(questionnaire.areas.map((area) => [area.id, area.weight])).toEqual([
      ['comm', 2],
      ['data', 1],
    ]);
    // Defaults the file leaves out are spelled out for the client: weight 1, scored questions required.
    const site = questionnaire.questions.find((question) => question.id === 'site')!;
    expect(site).toMatchObject({ weight: 1, required: true });
    expect(questionnaire.contextQuestions.map((question) => question.id)).toEqual(['employees']);
  });

  test('when a named version is asked for, then that version is answered', async () => {
    const response = await testApp.app.inject({
      method: 'GET',
      url: '/api/questionnaires/mini/versions/1.0.0',
    });

    expect(response.statusCode).toBe(200);
    const questionnaire = QuestionnaireContract.parse(response.json());
    expect([questionnaire.id, questionnaire.version]).toEqual(['mini', '1.0.0']);
    expect(questionnaire.questions.map((question) => question.id)).toEqual([
      'site',
      'site-updates',
      'channels',
      'gdpr',
      'payroll',
    ]);
  });

  test('when the questionnaire id is unknown, then it answers a 404 questionnaire_not_found problem', async () => {
    const response = await testApp.app.inject({ method: 'GET', url: '/api/questionnaires/nope' });

    const problem = expectProblem(response, 404, 'questionnaire_not_found');
    expect(problem.detail).toContain('"nope"');
  });

  test('when the version is unknown, then it answers a 404 questionnaire_not_found problem naming it', async () => {
    const response = await testApp.app.inject({
      method: 'GET',
      url: '/api/questionnaires/mini/versions/9.9.9',
    });

    const problem = expectProblem(response, 404, 'questionnaire_not_found');
    expect(problem.detail).toContain('9.9.9');
  });

  test('when the version is not a semantic version, then it answers 400 validation_failed at /version', async () => {
    const response = await testApp.app.inject({
      method: 'GET',
      url: '/api/questionnaires/mini/versions/latest',
    });

    expectProblem(response, 400, 'validation_failed', ['/version']);
  });

  test('when the id is not a valid identifier, then it answers 400 validation_failed at /id', async () => {
    const response = await testApp.app.inject({
      method: 'GET',
      url: '/api/questionnaires/Not%20An%20Id',
    });

    expectProblem(response, 400, 'validation_failed', ['/id']);
  });
});

describe('caching a questionnaire', () => {
  let testApp: TestApp;
  beforeEach(async () => {
    testApp = await startTestApp();
  });
  afterEach(async () => {
    await testApp.close();
  });

  const get = (url: string, headers: Record<string, string> = {}) =>
    testApp.app.inject({ method: 'GET', url, headers });
  const VERSION_URL = '/api/questionnaires/mini/versions/1.0.0';

  test('when a version is asked for at its versioned URL, then it is immutable for a year, with a strong ETag of its bytes', async () => {
    const response = await get(VERSION_URL);

    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const etag = String(response.headers.etag);
    expect(etag).toMatch(/^"[\w-]{43}"$/);
    expect(etag).toBe(`"${createHash('sha256').update(response.body).digest('base64url')}"`);
    expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(QuestionnaireContract.parse(response.json()).version).toBe('1.0.0');
  });

  test('when the client holds that ETag, then it answers 304 with no body, whether the tag is listed, weak or "*"', async () => {
    const etag = String((await get(VERSION_URL)).headers.etag);

    for (const ifNoneMatch of [etag, `W/${etag}`, `"other", ${etag}`, '*']) {
      const response = await get(VERSION_URL, { 'if-none-match': ifNoneMatch });
      expect(response.statusCode).toBe(304);
      expect(response.body).toBe('');
      expect(response.headers.etag).toBe(etag);
      expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    }
    expect((await get(VERSION_URL, { 'if-none-match': '"other"' })).statusCode).toBe(200);
  });

  test('when another instance serves the same version, then it gives the same ETag', async () => {
    const other = await startTestApp();
    try {
      const here = await get(VERSION_URL);
      const there = await other.app.inject({ method: 'GET', url: VERSION_URL });
      expect(there.headers.etag).toBe(here.headers.etag);
      expect(there.body).toBe(here.body);
    } finally {
      await other.close();
    }
  });

  test("when the latest version is asked for, then it is revalidated every time (no-cache) with the version's ETag", async () => {
    const version = await get(VERSION_URL);

    const latest = await get('/api/questionnaires/mini');

    expect(latest.statusCode).toBe(200);
    expect(latest.headers['cache-control']).toBe('public, no-cache');
    expect(latest.headers.etag).toBe(version.headers.etag);
    expect(latest.body).toBe(version.body);
    const again = await get('/api/questionnaires/mini', {
      'if-none-match': String(latest.headers.etag),
    });
    expect(again.statusCode).toBe(304);
    expect(again.headers['cache-control']).toBe('public, no-cache');
  });

  test('when the version is unknown, then its 404 is not cached as immutable', async () => {
    const response = await get('/api/questionnaires/mini/versions/9.9.9');

    expectProblem(response, 404, 'questionnaire_not_found');
    expect(response.headers['cache-control']).toBeUndefined();
    expect(response.headers.etag).toBeUndefined();
  });
});
