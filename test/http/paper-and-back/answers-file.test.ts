import { describe, expect, test } from 'vitest';
import { AnswersFile } from '../../../src/domain/index.js';
import { ImportedAnswersContract } from '../../../src/contracts/answers-file-contract.js';
import { ResponseContract } from '../../../src/contracts/response-contract.js';
import { expectProblem } from '../../support/expect-problem.js';
import { startTestApp } from '../../support/test-app.js';
import { useRespondentApp } from '../../support/use-respondent-app.js';

const ANSWERS = {
  employees: 'some',
  site: 'yes',
  'site-updates': 'monthly',
  channels: ['newsletter', 'social'],
  gdpr: 3,
};

function validFile(overrides: Record<string, unknown> = {}) {
  return {
    format: 'assoradar-answers',
    formatVersion: 1,
    questionnaireId: 'mini',
    version: '1.0.0',
    locale: 'en',
    associationName: 'Les Amis du Quartier',
    answers: ANSWERS,
    exportedAt: '2026-11-26T10:00:00.000Z',
    ...overrides,
  };
}

describe('GET /api/responses/:id/answers.json and POST /api/responses/import', () => {
  const env = useRespondentApp();

  const exportAnswers = (id: string, token?: string) =>
    env.testApp.app.inject({
      method: 'GET',
      url: `/api/responses/${id}/answers.json`,
      headers: token === undefined ? {} : { authorization: `Bearer ${token}` },
    });

  test('when the answers are exported and loaded on another server, then the new draft holds the same answers, name and locale', async () => {
    const draft = await env.api.started({
      questionnaireId: 'mini',
      locale: 'en',
      associationName: 'Les Amis du Quartier',
    });
    await env.api.saved(draft.id, draft.token, ANSWERS);

    const exported = await exportAnswers(draft.id, draft.token);
    expect(exported.statusCode).toBe(200);
    expect(exported.headers['content-type']).toMatch(/^application\/json/);
    expect(exported.headers['content-disposition']).toMatch(
      /^attachment; filename="assoradar-reponses-mini-\d{4}-\d{2}-\d{2}\.json"$/,
    );
    expect(exported.headers['cache-control']).toBe('private, no-store');
    const file = AnswersFile.parse(exported.json());
    expect(file).toMatchObject({
      format: 'assoradar-answers',
      formatVersion: 1,
      questionnaireId: 'mini',
      version: '1.0.0',
      locale: 'en',
      associationName: 'Les Amis du Quartier',
      answers: ANSWERS,
    });

    const other = await startTestApp();
    try {
      const imported = await other.app.inject({
        method: 'POST',
        url: '/api/responses/import',
        payload: file,
      });
      expect(imported.statusCode).toBe(201);
      const started = ImportedAnswersContract.parse(imported.json());
      expect(started).toMatchObject({
        questionnaireId: 'mini',
        version: '1.0.0',
        locale: 'en',
        requestedVersion: null,
        dropped: [],
      });
      const opened = await other.app.inject({
        method: 'GET',
        url: `/api/responses/${started.id}`,
        headers: { authorization: `Bearer ${started.token}` },
      });
      const response = ResponseContract.parse(opened.json());
      expect(response).toMatchObject({
        status: 'draft',
        associationName: 'Les Amis du Quartier',
        answers: ANSWERS,
      });
    } finally {
      await other.close();
    }
  });

  test('when a submitted response is exported, then its answers can be loaded again as a new draft', async () => {
    const draft = await env.api.started();
    await env.api.saved(draft.id, draft.token, ANSWERS);
    expect((await env.api.submit(draft.id, draft.token)).statusCode).toBe(200);
    const file = (await exportAnswers(draft.id, draft.token)).json<Record<string, unknown>>();

    const imported = await env.testApp.app.inject({
      method: 'POST',
      url: '/api/responses/import',
      payload: file,
    });
    expect(imported.statusCode).toBe(201);
    expect(ImportedAnswersContract.parse(imported.json()).id).not.toBe(draft.id);
  });

  test('when the token is wrong or missing, then the export answers 404 like a missing response', async () => {
    const draft = await env.api.started();
    expectProblem(await exportAnswers(draft.id, 'wrong-token'), 404, 'response_not_found');
    expectProblem(await exportAnswers(draft.id), 404, 'response_not_found');
    expectProblem(await exportAnswers('missing', draft.token), 404, 'response_not_found');
  });

  const importFile = (payload: Record<string, unknown>) =>
    env.testApp.app.inject({ method: 'POST', url: '/api/responses/import', payload });

  test('when answers do not fit the version, then it answers 400 naming every invalid answer', async () => {
    const response = await importFile(
      validFile({ answers: { site: 'maybe', gdpr: 9, employees: 'none', ghost: 'x' } }),
    );
    const problem = expectProblem(response, 400, 'invalid_answers_file', [
      '/answers/site',
      '/answers/gdpr',
      '/answers/ghost',
    ]);
    expect(problem.errors?.[0]?.detail).toContain('"maybe"');
  });

  test('when the questionnaire is not on this server, then it answers 400 naming questionnaireId', async () => {
    expectProblem(
      await importFile(validFile({ questionnaireId: 'unknown-one' })),
      400,
      'invalid_answers_file',
      ['/questionnaireId'],
    );
  });

  test('when the file is not an answers file, then it answers 400 naming the faulty fields', async () => {
    const problem = expectProblem(
      await importFile(validFile({ format: 'something-else', formatVersion: 2 })),
      400,
      'validation_failed',
    );
    expect(problem.errors?.map((error) => error.pointer)).toEqual(
      expect.arrayContaining(['/format', '/formatVersion']),
    );
    expectProblem(await importFile(validFile({ version: 'latest' })), 400, 'validation_failed', [
      '/version',
    ]);
  });

  test('when the version is not on this server, then the draft opens on the latest version with the answers that still fit, naming those dropped', async () => {
    const response = await importFile(
      validFile({ version: '0.9.0', answers: { site: 'yes', removed: 'x', gdpr: 2 } }),
    );
    expect(response.statusCode).toBe(201);
    const started = ImportedAnswersContract.parse(response.json());
    expect(started).toMatchObject({
      version: '1.0.0',
      requestedVersion: '0.9.0',
      dropped: ['removed'],
    });
    const opened = ResponseContract.parse((await env.api.get(started.id, started.token)).json());
    expect(opened.answers).toEqual({ site: 'yes', gdpr: 2 });
  });

  test('when the file names a locale the version does not speak, then the draft opens in its default locale', async () => {
    const response = await importFile(validFile({ locale: 'de' }));
    expect(response.statusCode).toBe(201);
    expect(ImportedAnswersContract.parse(response.json()).locale).toBe('fr');
  });
});
