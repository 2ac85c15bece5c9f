import { describe, expect, test } from 'vitest';
import {
  ResponseContract,
  SubmittedResponseContract,
} from '../../src/contracts/response-contract.js';
import type { Answers } from '../../src/domain/index.js';
import { expectProblem } from '../support/expect-problem.js';
import { findArea, findExplanation } from '../support/find-area.js';
import { type StartedResponse } from '../support/respondent-api.js';
import { useRespondentApp } from '../support/use-respondent-app.js';

/**
 * A small association early on its way, on the mini fixture (see save-answers.test.ts for its
 * shape). Worked out by hand:
 *   comm: site no = 0 (w1), site-updates hidden (site is not yes), channels [none] = 0 (w2) -> 0,
 *         beginner; coverage 3/3.
 *   data: gdpr 0 = 0 (w1), payroll yes = 1/1 (w1, shown: employees = some) -> 50, advanced.
 *   overall: (2 * 0 + 1 * 50) / 3 = 16.7, beginner; coverage 1.
 * Its action plan: quick wins first, by priority (gap x area weight share x impact / effort):
 *   start-newsletter: comm 0 in [0, 50): gap 0.5, comm 2/2, medium 2 / low 1 -> 1
 *   gdpr-register: gdpr 0 <= 1: gap 1 x 1/2 of data, data 1/2, high 3 / low 1 -> 0.75
 * then create-site (site no; medium effort: three months), then payroll-access (employees some,
 * data 50 in [0, 100); high effort: one year).
 */
const EARLY_ANSWERS: Answers = {
  employees: 'some',
  site: 'no',
  channels: ['none'],
  gdpr: 0,
  payroll: 'yes',
};

describe('POST /api/responses/:id/submit', () => {
  const env = useRespondentApp();

  async function draftWith(answers: Answers, locale = 'fr'): Promise<StartedResponse> {
    const draft = await env.api.started({ questionnaireId: 'mini', locale });
    if (Object.keys(answers).length > 0) {
      expect((await env.api.patch(draft.id, draft.token, answers)).statusCode).toBe(200);
    }
    return draft;
  }

  async function currentResponse({ id, token }: StartedResponse) {
    const response = await env.api.get(id, token);
    expect(response.statusCode).toBe(200);
    return ResponseContract.parse(response.json());
  }

  test('when nothing is answered, then it answers 422 required_unanswered listing the shown required questions', async () => {
    const draft = await draftWith({});

    const response = await env.api.submit(draft.id, draft.token);

    // employees is a required context question; site-updates is hidden while site is unanswered;
    // payroll is not required.
    expectProblem(response, 422, 'required_unanswered', [
      '/answers/employees',
      '/answers/site',
      '/answers/channels',
      '/answers/gdpr',
    ]);
    expect((await currentResponse(draft)).status).toBe('draft');
  });

  test('when a client sends "content-type: application/json" with no body, then the submit goes through', async () => {
    const draft = await draftWith(EARLY_ANSWERS);

    const response = await env.testApp.app.inject({
      method: 'POST',
      url: `/api/responses/${draft.id}/submit`,
      headers: { authorization: `Bearer ${draft.token}`, 'content-type': 'application/json' },
    });

    expect(response.statusCode).toBe(200);
    expect((await currentResponse(draft)).status).toBe('submitted');
  });

  test('when site is yes, then site-updates is shown and required too', async () => {
    const draft = await draftWith({
      site: 'yes',
      channels: ['social'],
      gdpr: 2,
      employees: 'none',
    });

    const response = await env.api.submit(draft.id, draft.token);

    expectProblem(response, 422, 'required_unanswered', ['/answers/site-updates']);
    const stored = await currentResponse(draft);
    expect(stored.status).toBe('draft');
    expect(stored.submittedAt).toBeNull();
    expect(stored.actionPlan).toBeNull();
  });

  test('when site is no, then site-updates is hidden and not required', async () => {
    const draft = await draftWith({ site: 'no' });

    const response = await env.api.submit(draft.id, draft.token);

    expectProblem(response, 422, 'required_unanswered', [
      '/answers/employees',
      '/answers/channels',
      '/answers/gdpr',
    ]);
  });

  test('when every required question is answered, then it answers 200 with the final profile and the ranked action plan', async () => {
    const draft = await draftWith(EARLY_ANSWERS);

    const response = await env.api.submit(draft.id, draft.token);

    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    const body = SubmittedResponseContract.parse(response.json());
    expect(body.id).toBe(draft.id);
    expect(body.status).toBe('submitted');
    expect(findArea(body.profile, 'comm')).toMatchObject({
      score: 0,
      level: 'beginner',
      coverage: 1,
    });
    expect(findArea(body.profile, 'data')).toMatchObject({
      score: 50,
      level: 'advanced',
      coverage: 1,
    });
    expect(body.profile.overall).toEqual({ score: 16.7, level: 'beginner', coverage: 1 });
    expect(
      body.actionPlan.items.map(({ gap: _gap, priority: _priority, ...item }) => item),
    ).toEqual([
      {
        id: 'start-newsletter',
        areaId: 'comm',
        title: "Lancer une lettre d'information",
        text: 'Écrivez à vos membres chaque trimestre.',
        horizon: 'quickWin',
        effort: 'low',
        impact: 'medium',
        trigger: 'areaScore',
        resources: [],
      },
      {
        id: 'gdpr-register',
        areaId: 'data',
        title: 'Tenir un registre des traitements',
        text: 'Listez les données que vous gardez.',
        horizon: 'quickWin',
        effort: 'low',
        impact: 'high',
        trigger: 'answer',
        resources: [{ title: 'CNIL', url: 'https://www.cnil.fr' }],
      },
      {
        id: 'create-site',
        areaId: 'comm',
        title: 'Créer un site simple',
        text: 'Une page suffit pour commencer.',
        horizon: 'threeMonths',
        effort: 'medium',
        impact: 'high',
        trigger: 'answer',
        resources: [{ title: 'Webassoc', url: 'https://www.webassoc.org' }],
      },
      {
        id: 'payroll-access',
        areaId: 'data',
        title: "Restreindre l'accès à la paie",
        text: 'Seules deux personnes y accèdent.',
        horizon: 'oneYear',
        effort: 'high',
        impact: 'medium',
        trigger: 'areaScore',
        resources: [],
      },
    ]);
    expect(body.actionPlan.items.slice(0, 2).map((item) => item.priority)).toEqual([1, 0.75]);
  });

  test('when the response was started in English, then the action plan is in English', async () => {
    const draft = await draftWith(EARLY_ANSWERS, 'en');

    const body = SubmittedResponseContract.parse(
      (await env.api.submit(draft.id, draft.token)).json(),
    );

    expect(body.actionPlan.items.map((item) => item.title)).toEqual([
      'Start a newsletter',
      'Keep a record of processing',
      'Create a simple website',
      'Restrict payroll access',
    ]);
  });

  test('when a response is submitted, then GET shows it submitted with the same profile and action plan', async () => {
    const draft = await draftWith(EARLY_ANSWERS);
    const submitted = SubmittedResponseContract.parse(
      (await env.api.submit(draft.id, draft.token)).json(),
    );

    const stored = await currentResponse(draft);

    expect(stored.status).toBe('submitted');
    expect(stored.answers).toEqual(EARLY_ANSWERS);
    expect(stored.profile).toEqual(submitted.profile);
    expect(stored.actionPlan).toEqual(submitted.actionPlan);
    expect(stored.submittedAt).toBe(submitted.submittedAt);
  });

  test('when a response is submitted twice, then the second answers 409 response_submitted and the first stands', async () => {
    const draft = await draftWith(EARLY_ANSWERS);
    expect((await env.api.submit(draft.id, draft.token)).statusCode).toBe(200);
    const first = await currentResponse(draft);

    expectProblem(await env.api.submit(draft.id, draft.token), 409, 'response_submitted');

    expect(await currentResponse(draft)).toEqual(first);
  });

  test('when the token is wrong, then submit answers 404 response_not_found and the draft stays a draft', async () => {
    const draft = await draftWith(EARLY_ANSWERS);
    const other = await env.api.started();

    expectProblem(await env.api.submit(draft.id, other.token), 404, 'response_not_found');
    expectProblem(await env.api.submit(draft.id), 404, 'response_not_found');

    expect((await currentResponse(draft)).status).toBe('draft');
  });

  test('when a question answered earlier is hidden by a later answer, then it is neither required nor scored', async () => {
    const draft = await draftWith({
      employees: 'none',
      site: 'yes',
      'site-updates': 'weekly',
      channels: ['social'],
      gdpr: 2,
    });
    expect((await env.api.patch(draft.id, draft.token, { site: 'no' })).statusCode).toBe(200);

    const response = await env.api.submit(draft.id, draft.token);

    expect(response.statusCode).toBe(200);
    const body = SubmittedResponseContract.parse(response.json());
    // comm: site no = 0 (w1), site-updates hidden (its weekly answer does not count), channels
    // [social] = 1/2 (w2): 100 * (0 + 2 * 0.5) / 3 = 33.3, progressing. Counting the hidden
    // weekly answer would have given 100 * (0 + 1 + 1) / 4 = 50.
    const comm = findArea(body.profile, 'comm');
    expect(comm).toMatchObject({ score: 33.3, level: 'progressing', coverage: 1 });
    expect(findExplanation(comm, 'site-updates')).toMatchObject({
      outcome: 'hidden',
      score: null,
      contribution: null,
    });
    // data: gdpr 2/4 = 50. overall: (2 * 33.33 + 50) / 3 = 38.9.
    expect(findArea(body.profile, 'data')).toMatchObject({ score: 50, level: 'advanced' });
    expect(body.profile.overall).toMatchObject({ score: 38.9, level: 'progressing' });
    // The plan follows the shown answers: site no fires create-site; comm 33.3 < 50 fires the newsletter.
    expect(body.actionPlan.items.map((item) => item.id).sort()).toEqual(
      ['create-site', 'start-newsletter'].sort(),
    );
    // The hidden answer is kept (it counts again if site goes back to yes), but not in the score.
    expect((await currentResponse(draft)).answers['site-updates']).toBe('weekly');
  });
});
