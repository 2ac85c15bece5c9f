import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import {
  ResponseContract,
  SubmittedResponseContract,
} from '../../src/contracts/response-contract.js';
import { expectProblem } from '../support/expect-problem.js';
import { findArea, findExplanation } from '../support/find-area.js';
import { respondentApi } from '../support/respondent-api.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

describe("a respondent's whole journey", () => {
  let testApp: TestApp;
  beforeEach(async () => {
    testApp = await startTestApp();
  });
  afterEach(async () => {
    await testApp.close();
  });

  test('when a volunteer starts, answers over several saves, submits, reads and erases, then each step answers what it should', async () => {
    const api = respondentApi(testApp.app);

    // Start, in English.
    const { id, token } = await api.started({ questionnaireId: 'mini', locale: 'en' });

    // First sitting: the context and part of communication.
    // Each save answers the profile summary only (no answers, no explanation: see `saved`).
    let saved = await api.saved(id, token, { employees: 'some', site: 'yes' });
    // comm: site 1 (w1) of shown weight 4 -> coverage 0.25, not enough for a score yet.
    expect(findArea(saved.profile, 'comm')).toMatchObject({ score: null, status: 'insufficient' });

    // A slip: an option that does not exist; nothing is written.
    expectProblem(await api.patch(id, token, { 'site-updates': 'daily' }), 400, 'invalid_answers', [
      '/answers/site-updates',
    ]);

    // Second sitting, days later: the rest of communication and data.
    saved = await api.saved(id, token, { 'site-updates': 'weekly', channels: ['newsletter'] });
    // comm: site 1 (w1), site-updates 2/2 = 1 (w1), channels 1/2 (w2): 100 * 3 / 4 = 75, expert.
    expect(findArea(saved.profile, 'comm')).toMatchObject({ score: 75, level: 'expert' });

    // Back to where they were: GET answers what was saved so far, with the explanation.
    const draft = ResponseContract.parse((await api.get(id, token)).json());
    expect(draft.answers).toEqual({
      employees: 'some',
      site: 'yes',
      'site-updates': 'weekly',
      channels: ['newsletter'],
    });
    // channels brings 100 * 2 * 0.5 / 4 = 25 of comm's 75.
    expect(findExplanation(findArea(draft.profile, 'comm'), 'channels')).toMatchObject({
      outcome: 'scored',
      score: 0.5,
      contribution: 25,
    });

    saved = await api.saved(id, token, { gdpr: 1, payroll: 'no' });
    // data: gdpr 1/4 = 0.25 (w1), payroll 0 (w1): 100 * 0.25 / 2 = 12.5, beginner.
    expect(findArea(saved.profile, 'data')).toMatchObject({ score: 12.5, level: 'beginner' });
    // overall: (2 * 75 + 1 * 12.5) / 3 = 54.2, advanced.
    expect(saved.profile.overall).toEqual({ score: 54.2, level: 'advanced', coverage: 1 });

    // Submit.
    const submitResponse = await api.submit(id, token);
    expect(submitResponse.statusCode).toBe(200);
    const submitted = SubmittedResponseContract.parse(submitResponse.json());
    // The submit's full profile holds the last save's summary, with the explanation added.
    expect(submitted.profile).toMatchObject(saved.profile);
    // gdpr 1 <= 1 fires the register; data 12.5 in [0, 100) with employees some fires payroll access;
    // comm 75 is above the newsletter band and site is yes: no comm item.
    expect(submitted.actionPlan.items.map((item) => [item.id, item.horizon, item.title])).toEqual([
      ['gdpr-register', 'quickWin', 'Keep a record of processing'],
      ['payroll-access', 'oneYear', 'Restrict payroll access'],
    ]);

    // Read it back: frozen.
    const read = ResponseContract.parse((await api.get(id, token)).json());
    expect(read).toMatchObject({
      status: 'submitted',
      locale: 'en',
      answers: {
        employees: 'some',
        site: 'yes',
        'site-updates': 'weekly',
        channels: ['newsletter'],
        gdpr: 1,
        payroll: 'no',
      },
      profile: submitted.profile,
      actionPlan: submitted.actionPlan,
      submittedAt: submitted.submittedAt,
    });
    expectProblem(await api.patch(id, token, { gdpr: 4 }), 409, 'response_submitted');

    // Erase.
    expect((await api.remove(id, token)).statusCode).toBe(204);
    expectProblem(await api.get(id, token), 404, 'response_not_found');
  });
});
