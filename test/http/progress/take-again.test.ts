import { afterAll, afterEach, beforeEach, describe, expect, test } from 'vitest';
import { ResponseContract, TakenAgainContract } from '../../../src/contracts/response-contract.js';
import type { Answers } from '../../../src/domain/index.js';
import { expectProblem } from '../../support/expect-problem.js';
import {
  MINI_TEXT,
  miniDocument,
  tempQuestionnaireFolder,
} from '../../support/questionnaire-folder.js';
import { readPdf, searchable } from '../../support/read-pdf.js';
import { respondentApi, type StartedResponse } from '../../support/respondent-api.js';
import { startTestApp, type TestApp } from '../../support/test-app.js';

/*
 * Two versions of the mini fixture. 1.1.0 drops the payroll question and the "monthly" option of
 * site-updates. Worked out by hand (scoring rules: see submitted-profile.test.ts):
 *   1.0.0, ANSWERS: comm 62.5 advanced, data 75 expert, overall (2 * 62.5 + 75) / 3 = 66.7.
 *   1.1.0 carries employees, site, channels and gdpr over; payroll (gone) and site-updates
 *   ("monthly" gone) are left behind. Then site-updates weekly (2/2) and channels
 *   [newsletter, social] (2/2): comm 100 * (1 + 1 + 2) / 4 = 100 expert; data gdpr 2/4 alone
 *   = 50 advanced; overall (2 * 100 + 50) / 3 = 83.3 expert.
 *   Progress: comm +37.5 (+1 level), data -25 (-1 level), overall 83.3 - 66.7 = +16.6 (+1).
 */
const ANSWERS: Answers = {
  employees: 'some',
  site: 'yes',
  'site-updates': 'monthly',
  channels: ['newsletter'],
  gdpr: 2,
  payroll: 'yes',
};

function version110() {
  const document = miniDocument();
  document.version = '1.1.0';
  document.questions = (document.questions as Array<{ id: string; options?: object[] }>)
    .filter((question) => question.id !== 'payroll')
    .map((question) =>
      question.id === 'site-updates'
        ? {
            ...question,
            options: (question.options as Array<{ id: string }>).filter((o) => o.id !== 'monthly'),
          }
        : question,
    );
  return document;
}

describe('taking a diagnosis again', () => {
  const folder = tempQuestionnaireFolder();
  let testApp: TestApp;
  let api: ReturnType<typeof respondentApi>;
  let first: StartedResponse;

  const takeAgain = (id: string, token?: string) =>
    testApp.app.inject({
      method: 'POST',
      url: `/api/responses/${id}/again`,
      headers: token === undefined ? {} : { authorization: `Bearer ${token}` },
    });
  const view = async (id: string, token: string) => {
    const response = await api.get(id, token);
    expect(response.statusCode).toBe(200);
    return ResponseContract.parse(response.json());
  };

  beforeEach(async () => {
    folder.write('mini', '1.0.0.json', MINI_TEXT);
    folder.write('mini', '1.1.0.json', version110());
    testApp = await startTestApp({ QUESTIONNAIRES_DIR: folder.dir });
    api = respondentApi(testApp.app);
    first = await api.started({ questionnaireId: 'mini', version: '1.0.0' });
    await api.saved(first.id, first.token, ANSWERS);
    await testApp.app.inject({
      method: 'PATCH',
      url: `/api/responses/${first.id}/answers`,
      headers: { authorization: `Bearer ${first.token}` },
      payload: { answers: {}, associationName: 'Les Amis du Parc' },
    });
    expect((await api.submit(first.id, first.token)).statusCode).toBe(200);
  });
  afterEach(async () => {
    await testApp.close();
  });
  afterAll(() => folder.remove());

  test('when a submitted 1.0.0 diagnosis is taken again, then a 1.1.0 draft starts from the answers that still fit, under the same key', async () => {
    const response = await takeAgain(first.id, first.token);

    expect(response.statusCode).toBe(201);
    const again = TakenAgainContract.parse(response.json());
    expect(again).toMatchObject({
      questionnaireId: 'mini',
      version: '1.1.0',
      locale: 'fr',
      previousResponseId: first.id,
      carriedOver: 4,
    });
    expect(again.dropped.sort()).toEqual(['payroll', 'site-updates']);
    expect(again.id).not.toBe(first.id);
    // The same token opens the new diagnosis: the association keeps one key.
    const draft = await view(again.id, first.token);
    expect(draft.status).toBe('draft');
    expect(draft.answers).toEqual({
      employees: 'some',
      site: 'yes',
      channels: ['newsletter'],
      gdpr: 2,
    });
    expect(draft.associationName).toBe('Les Amis du Parc');
    expect(draft.chain.map((entry) => [entry.id, entry.status])).toEqual([
      [first.id, 'submitted'],
      [again.id, 'draft'],
    ]);
  });

  test('when the new diagnosis is submitted, then its progress per area is in points and levels, matched by area id', async () => {
    const again = TakenAgainContract.parse((await takeAgain(first.id, first.token)).json());
    await api.saved(again.id, first.token, {
      'site-updates': 'weekly',
      channels: ['newsletter', 'social'],
    });
    expect((await api.submit(again.id, first.token)).statusCode).toBe(200);

    const later = await view(again.id, first.token);

    expect(later.progress?.previous).toMatchObject({
      id: first.id,
      version: '1.0.0',
      scores: { comm: 62.5, data: 75 },
    });
    expect(later.progress?.changes.overall).toEqual({
      before: 66.7,
      after: 83.3,
      points: 16.6,
      levelBefore: 'advanced',
      levelAfter: 'expert',
      levelSteps: 1,
    });
    expect(later.progress?.changes.areas).toEqual([
      {
        areaId: 'comm',
        before: 62.5,
        after: 100,
        points: 37.5,
        levelBefore: 'advanced',
        levelAfter: 'expert',
        levelSteps: 1,
      },
      {
        areaId: 'data',
        before: 75,
        after: 50,
        points: -25,
        levelBefore: 'expert',
        levelAfter: 'advanced',
        levelSteps: -1,
      },
    ]);
    // The earlier diagnosis, opened with its own link, lists the later one to go on to.
    const earlier = await view(first.id, first.token);
    expect(earlier.progress).toBeNull();
    expect(earlier.chain.map((entry) => entry.id)).toEqual([first.id, again.id]);
    expect(earlier.chain[1]).toMatchObject({ status: 'submitted', overallScore: 83.3 });
  });

  test('when the new diagnosis is submitted, then its PDF shows the progress and the earlier polygon; the first one has neither', async () => {
    const again = TakenAgainContract.parse((await takeAgain(first.id, first.token)).json());
    await api.saved(again.id, first.token, { 'site-updates': 'weekly' });
    await api.submit(again.id, first.token);
    const report = (id: string) =>
      testApp.app.inject({
        method: 'GET',
        url: `/api/responses/${id}/report.pdf`,
        headers: { authorization: `Bearer ${first.token}` },
      });

    const later = await readPdf((await report(again.id)).rawPayload);
    const earlier = await readPdf((await report(first.id)).rawPayload);

    const text = searchable(later.content);
    expect(text).toContain('Vos progrès');
    expect(text).toMatch(/Diagnostic du \d+ \S+ \d{4}/);
    expect(text).toContain('Indice global');
    expect(text).toMatch(/Avancé → Expert|Expert → Avancé/);
    expect(searchable(earlier.content)).not.toContain('Vos progrès');
  });

  test('when a draft of the chain is open, then taking it again answers that draft rather than a second one', async () => {
    const once = TakenAgainContract.parse((await takeAgain(first.id, first.token)).json());
    await api.saved(once.id, first.token, { site: 'no' });

    const twice = await takeAgain(first.id, first.token);

    expect(twice.statusCode).toBe(201);
    expect(TakenAgainContract.parse(twice.json())).toMatchObject({ id: once.id, version: '1.1.0' });
    expect((await view(first.id, first.token)).chain).toHaveLength(2);
  });

  test('when actions of the earlier plan were done, then the later diagnosis lists them as done since, in the order done; planned ones are not', async () => {
    const auth = { authorization: `Bearer ${first.token}` };
    const add = async (title: string, areaId?: string) => {
      const response = await testApp.app.inject({
        method: 'POST',
        url: `/api/responses/${first.id}/plan/actions`,
        headers: auth,
        payload: areaId ? { title, areaId } : { title },
      });
      expect(response.statusCode).toBe(201);
      return response.json<{ id: string }>().id;
    };
    const markDone = async (actionId: string) =>
      expect(
        (
          await testApp.app.inject({
            method: 'PATCH',
            url: `/api/responses/${first.id}/plan/actions/${actionId}`,
            headers: auth,
            payload: { status: 'done' },
          })
        ).statusCode,
      ).toBe(200);
    const newsletter = await add('Lancer la lettre aux adhérents', 'comm');
    const register = await add('Tenir le registre RGPD', 'data');
    await add('Refaire le site');
    await markDone(register);
    await markDone(newsletter);

    const again = TakenAgainContract.parse((await takeAgain(first.id, first.token)).json());
    await api.saved(again.id, first.token, { 'site-updates': 'weekly' });
    expect((await api.submit(again.id, first.token)).statusCode).toBe(200);

    const later = await view(again.id, first.token);
    expect(later.progress?.actionsDone.map(({ title, areaId }) => [title, areaId])).toEqual([
      ['Tenir le registre RGPD', 'data'],
      ['Lancer la lettre aux adhérents', 'comm'],
    ]);
    const pdf = await readPdf(
      (
        await testApp.app.inject({
          method: 'GET',
          url: `/api/responses/${again.id}/report.pdf`,
          headers: auth,
        })
      ).rawPayload,
    );
    const text = searchable(pdf.content);
    expect(text).toContain('Actions réalisées depuis');
    expect(text).toMatch(/Tenir le registre RGPD \(.+\) — faite le \d+ \S+ \d{4}/);
    expect(text).not.toContain('Refaire le site — faite');
  });

  test('when the token is wrong, missing or another diagnosis’s, or the diagnosis a draft, then nothing starts', async () => {
    const stranger = await api.started({ questionnaireId: 'mini' });

    expectProblem(await takeAgain(first.id), 404, 'response_not_found');
    expectProblem(await takeAgain(first.id, 'x'.repeat(43)), 404, 'response_not_found');
    expectProblem(await takeAgain(first.id, stranger.token), 404, 'response_not_found');
    expectProblem(await takeAgain(stranger.id, stranger.token), 409, 'response_not_submitted');
    // The stranger's key opens no diagnosis of the other chain.
    const again = TakenAgainContract.parse((await takeAgain(first.id, first.token)).json());
    expectProblem(await api.get(again.id, stranger.token), 404, 'response_not_found');
    expect((await view(first.id, first.token)).chain).toHaveLength(2);
  });

  test('when the earlier diagnosis is erased, then the later one stands alone: no progress, a chain of one', async () => {
    const again = TakenAgainContract.parse((await takeAgain(first.id, first.token)).json());
    await api.saved(again.id, first.token, { 'site-updates': 'weekly' });
    expect((await api.submit(again.id, first.token)).statusCode).toBe(200);

    expect((await api.remove(first.id, first.token)).statusCode).toBe(204);

    const later = await view(again.id, first.token);
    expect(later.progress).toBeNull();
    expect(later.chain.map((entry) => entry.id)).toEqual([again.id]);
  });
});
