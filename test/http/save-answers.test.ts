import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { ResponseContract } from '../../src/contracts/response-contract.js';
import type { AnswersPatch } from '../../src/domain/index.js';
import { expectProblem } from '../support/expect-problem.js';
import { findArea, findExplanation } from '../support/find-area.js';
import { respondentApi, type StartedResponse } from '../support/respondent-api.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/*
 * The mini fixture, scored by hand. Areas: comm (weight 2), data (weight 1); coverage threshold 0.5.
 *   comm: site (single, no 0 / yes 2, weight 1), site-updates (single, never 0 / monthly 1 /
 *         weekly 2, weight 1, shown only when site = yes), channels (multiple, newsletter 1 +
 *         social 1, none 0 exclusive, weight 2)
 *   data: gdpr (scale 0..4, "na" = not applicable, weight 1), payroll (single, no 0 / yes 1,
 *         shown only when employees = some)
 */
describe('PATCH /api/responses/:id/answers', () => {
  let testApp: TestApp;
  let api: ReturnType<typeof respondentApi>;
  let draft: StartedResponse;
  beforeEach(async () => {
    testApp = await startTestApp();
    api = respondentApi(testApp.app);
    draft = await api.started();
  });
  afterEach(async () => {
    await testApp.close();
  });

  /** A save that answers 200 with the summary only (checked by `respondentApi().saved`). */
  const savedAnswers = (patch: AnswersPatch) => api.saved(draft.id, draft.token, patch);

  async function currentResponse() {
    const response = await api.get(draft.id, draft.token);
    expect(response.statusCode).toBe(200);
    return ResponseContract.parse(response.json());
  }

  test('when answers are saved, then it answers the provisional profile summary worked out by hand', async () => {
    const saved = await savedAnswers({
      site: 'yes',
      'site-updates': 'monthly',
      channels: ['social'],
    });

    expect(saved).toMatchObject({ id: draft.id, status: 'draft' });
    // site yes = 2/2 = 1 (w1), site-updates monthly = 1/2 (w1), channels [social] = 1/2 (w2):
    // comm = 100 * (1 + 0.5 + 2 * 0.5) / 4 = 62.5, level advanced [50, 75); coverage 4/4.
    const comm = findArea(saved.profile, 'comm');
    expect(comm).toMatchObject({ score: 62.5, level: 'advanced', coverage: 1, status: 'scored' });
    // data: gdpr unanswered, payroll hidden (employees unanswered): coverage 0 < 0.5, no score.
    const data = findArea(saved.profile, 'data');
    expect(data).toMatchObject({ score: null, level: null, coverage: 0, status: 'insufficient' });
    // Overall: only comm is scored, so 62.5; coverage (2 * 1 + 1 * 0) / 3 = 0.6667.
    expect(saved.profile.overall).toEqual({ score: 62.5, level: 'advanced', coverage: 0.6667 });
  });

  test('when answers are saved, then the body holds only the id, the status, the profile summary and updatedAt', async () => {
    const response = await api.patch(draft.id, draft.token, { site: 'yes', gdpr: 2 });

    expect(response.statusCode).toBe(200);
    // Read raw: parsing with the contract would drop any extra key and hide it.
    const body = response.json<{ profile: { areas: object[] } }>();
    expect(Object.keys(body).sort()).toEqual(['id', 'profile', 'status', 'updatedAt']);
    expect(Object.keys(body.profile).sort()).toEqual(['areas', 'overall']);
    expect(body.profile.areas).toHaveLength(2);
    for (const area of body.profile.areas) {
      expect(Object.keys(area).sort()).toEqual([
        'coverage',
        'id',
        'level',
        'score',
        'status',
        'weight',
      ]);
    }
  });

  test('when answers are saved, then GET answers them with the explanation of each question worked out by hand', async () => {
    await savedAnswers({ site: 'yes', 'site-updates': 'monthly', channels: ['social'] });

    const stored = await currentResponse();

    expect(stored.answers).toEqual({
      site: 'yes',
      'site-updates': 'monthly',
      channels: ['social'],
    });
    // comm = 62.5 over a scored weight of 4: site 100 * 1 * 1 / 4 = 25, site-updates
    // 100 * 1 * 0.5 / 4 = 12.5, channels 100 * 2 * 0.5 / 4 = 25; 25 + 12.5 + 25 = 62.5.
    expect(findArea(stored.profile, 'comm')).toMatchObject({ score: 62.5, level: 'advanced' });
    expect(findArea(stored.profile, 'comm').explanation).toEqual({
      coverageThreshold: 0.5,
      level: { min: 50, max: 75 },
      questions: [
        { id: 'site', outcome: 'scored', weight: 1, score: 1, contribution: 25 },
        { id: 'site-updates', outcome: 'scored', weight: 1, score: 0.5, contribution: 12.5 },
        { id: 'channels', outcome: 'scored', weight: 2, score: 0.5, contribution: 25 },
      ],
    });
    // data is not scored: no level range, no contribution; payroll hidden (employees unanswered).
    expect(findArea(stored.profile, 'data').explanation).toEqual({
      coverageThreshold: 0.5,
      level: null,
      questions: [
        { id: 'gdpr', outcome: 'unanswered', weight: 1, score: null, contribution: null },
        { id: 'payroll', outcome: 'hidden', weight: 1, score: null, contribution: null },
      ],
    });
  });

  test('when two patches are sent, then their answers accumulate and the stored draft shows both', async () => {
    await savedAnswers({ site: 'yes' });
    const saved = await savedAnswers({ channels: ['social'] });

    // site-updates is now shown but unanswered: coverage (1 + 2) / 4 = 0.75;
    // comm = 100 * (1 * 1 + 2 * 0.5) / 3 = 66.7.
    expect(findArea(saved.profile, 'comm')).toMatchObject({ score: 66.7, coverage: 0.75 });
    const stored = await currentResponse();
    expect(stored.answers).toEqual({ site: 'yes', channels: ['social'] });
    // GET gives the same scores, levels and coverage as the save, with the explanation added.
    expect(stored.profile).toMatchObject(saved.profile);
    expect(findExplanation(findArea(stored.profile, 'comm'), 'site-updates')).toEqual({
      id: 'site-updates',
      outcome: 'unanswered',
      weight: 1,
      score: null,
      contribution: null,
    });
    expect(stored.updatedAt).toBe(saved.updatedAt);
  });

  test('when a later patch answers a question again, then the new answer replaces the old one', async () => {
    await savedAnswers({ gdpr: 1 });
    const saved = await savedAnswers({ gdpr: 4 });

    // gdpr 4 on 0..4 = 1: data = 100, expert.
    expect(findArea(saved.profile, 'data')).toMatchObject({ score: 100, level: 'expert' });
    expect((await currentResponse()).answers).toEqual({ gdpr: 4 });
  });

  test('when an answer is patched to null, then it is cleared and no longer scores', async () => {
    await savedAnswers({ site: 'yes', channels: ['social'] });
    const saved = await savedAnswers({ channels: null });

    // comm: site answered (w1) of shown site + site-updates + channels (w4): coverage 0.25 < 0.5.
    expect(findArea(saved.profile, 'comm')).toMatchObject({
      score: null,
      coverage: 0.25,
      status: 'insufficient',
    });
    expect((await currentResponse()).answers).toEqual({ site: 'yes' });
  });

  test('when "not applicable" is answered on the scale, then the question counts as answered but not scored', async () => {
    const saved = await savedAnswers({ gdpr: 'na' });

    // data: gdpr answered but not applicable, payroll hidden: coverage 1, nothing to score.
    expect(findArea(saved.profile, 'data')).toMatchObject({
      score: null,
      coverage: 1,
      status: 'notApplicable',
    });
  });

  test.each<[string, AnswersPatch, string]>([
    ['an unknown question id', { nope: 'yes' }, '/answers/nope'],
    ['an option that is not one of the question', { site: 'maybe' }, '/answers/site'],
    ['an option of another question', { site: 'weekly' }, '/answers/site'],
    ['a list on a single choice', { site: ['yes'] }, '/answers/site'],
    ['a number on a single choice', { site: 2 }, '/answers/site'],
    ['a number above the scale (gdpr is 0..4)', { gdpr: 5 }, '/answers/gdpr'],
    ['a number below the scale', { gdpr: -1 }, '/answers/gdpr'],
    ['a number between the steps of the scale', { gdpr: 2.5 }, '/answers/gdpr'],
    ['a string where the scale expects a number', { gdpr: 'three' }, '/answers/gdpr'],
    ['a list where the scale expects a number', { gdpr: [] }, '/answers/gdpr'],
    ['a single id on a multiple choice', { channels: 'social' }, '/answers/channels'],
    ['an empty list on a multiple choice', { channels: [] }, '/answers/channels'],
    ['an option listed twice', { channels: ['social', 'social'] }, '/answers/channels'],
    [
      'the exclusive "none" with another option',
      { channels: ['none', 'social'] },
      '/answers/channels',
    ],
    ['a list on a context question', { employees: ['some'] }, '/answers/employees'],
    [
      'an option that is not one of the context question',
      { employees: 'many' },
      '/answers/employees',
    ],
    ['null for an unknown question', { nope: null }, '/answers/nope'],
  ])(
    'when a patch holds %s, then it answers 400 invalid_answers pointing at the question',
    async (_what, patch, pointer) => {
      const response = await api.patch(draft.id, draft.token, patch);

      const problem = expectProblem(response, 400, 'invalid_answers', [pointer]);
      expect(problem.errors![0]!.detail.length).toBeGreaterThan(0);
    },
  );

  test('when an unknown question id holds "/" or "~", then its pointer is escaped as RFC 6901 says', async () => {
    const response = await api.patch(draft.id, draft.token, { 'a/b~c': 'yes' });

    expectProblem(response, 400, 'invalid_answers', ['/answers/a~1b~0c']);
  });

  test('when a patch holds several bad answers, then each is reported at once', async () => {
    const response = await api.patch(draft.id, draft.token, {
      nope: 'x',
      site: ['yes'],
      gdpr: 5,
      channels: ['none', 'social'],
    });

    const problem = expectProblem(response, 400, 'invalid_answers');
    expect(problem.errors!.map((error) => error.pointer).sort()).toEqual(
      ['/answers/channels', '/answers/gdpr', '/answers/nope', '/answers/site'].sort(),
    );
  });

  test('when one answer of a patch is bad among good ones, then nothing of the patch is written', async () => {
    const before = await savedAnswers({ site: 'no', gdpr: 1 });

    const response = await api.patch(draft.id, draft.token, {
      site: 'yes',
      channels: ['social'],
      gdpr: 9,
    });

    expectProblem(response, 400, 'invalid_answers', ['/answers/gdpr']);
    const after = await currentResponse();
    expect(after.answers).toEqual({ site: 'no', gdpr: 1 });
    expect(after.updatedAt).toBe(before.updatedAt);
    // The full profile of GET holds the same summary as the last good save.
    expect(after.profile).toMatchObject(before.profile);
  });

  test('when the body does not match the contract, then it answers 400 validation_failed and writes nothing', async () => {
    await savedAnswers({ site: 'yes' });

    const response = await testApp.app.inject({
      method: 'PATCH',
      url: `/api/responses/${draft.id}/answers`,
      headers: { authorization: `Bearer ${draft.token}` },
      payload: { answers: { site: 'no' }, comment: 'hi' },
    });

    expectProblem(response, 400, 'validation_failed', ['/comment']);
    expect((await currentResponse()).answers).toEqual({ site: 'yes' });
  });

  test('when the token is wrong or missing, then it answers 404 response_not_found and writes nothing', async () => {
    await savedAnswers({ site: 'yes' });

    expectProblem(
      await api.patch(draft.id, 'wrong-token', { site: 'no' }),
      404,
      'response_not_found',
    );
    expectProblem(await api.patch(draft.id, undefined, { site: 'no' }), 404, 'response_not_found');

    expect((await currentResponse()).answers).toEqual({ site: 'yes' });
  });

  test('when the response was submitted, then a patch answers 409 response_submitted and changes nothing', async () => {
    await savedAnswers({ employees: 'none', site: 'no', channels: ['newsletter'], gdpr: 2 });
    expect((await api.submit(draft.id, draft.token)).statusCode).toBe(200);
    const submitted = await currentResponse();

    const response = await api.patch(draft.id, draft.token, { site: 'yes' });

    expectProblem(response, 409, 'response_submitted');
    expect(await currentResponse()).toEqual(submitted);
  });
});
