import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import {
  ResponseContract,
  SubmittedResponseContract,
} from '../../src/contracts/response-contract.js';
import type { Answers } from '../../src/domain/index.js';
import { findArea } from '../support/find-area.js';
import { sql } from 'kysely';
import { respondentApi, type StartedResponse } from '../support/respondent-api.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * What is frozen at submission (the summary) and what GET rebuilds (the explanation), on the
 * mini fixture (see save-answers.test.ts for its shape). Worked out by hand:
 *   comm: site yes = 1 (w1), site-updates monthly = 1/2 (w1), channels [newsletter] = 1/2 (w2)
 *         -> 100 * (1 + 0.5 + 1) / 4 = 62.5, advanced; contributions 25, 12.5, 25.
 *   data: gdpr 2 of 0..4 = 1/2 (w1), payroll yes = 1 (w1, shown: employees = some)
 *         -> 100 * (0.5 + 1) / 2 = 75, expert; contributions 25, 50.
 *   overall: (2 * 62.5 + 1 * 75) / 3 = 66.7, advanced; coverage 1.
 */
const ANSWERS: Answers = {
  employees: 'some',
  site: 'yes',
  'site-updates': 'monthly',
  channels: ['newsletter'],
  gdpr: 2,
  payroll: 'yes',
};

describe('the profile of a submitted response', () => {
  let testApp: TestApp;
  let api: ReturnType<typeof respondentApi>;
  let draft: StartedResponse;
  beforeEach(async () => {
    testApp = await startTestApp();
    api = respondentApi(testApp.app);
    draft = await api.started();
    await api.saved(draft.id, draft.token, ANSWERS);
  });
  afterEach(async () => {
    await testApp.close();
  });

  async function submitted() {
    const response = await api.submit(draft.id, draft.token);
    expect(response.statusCode).toBe(200);
    return SubmittedResponseContract.parse(response.json());
  }

  test('when a response is submitted, then GET answers the same area scores as the submit, with the explanation rebuilt', async () => {
    const submit = await submitted();

    const response = await api.get(draft.id, draft.token);

    expect(response.statusCode).toBe(200);
    const read = ResponseContract.parse(response.json());
    const scores = (profile: typeof read.profile) =>
      profile.areas.map(({ id, score, level, coverage, status }) => [
        id,
        score,
        level,
        coverage,
        status,
      ]);
    expect(scores(read.profile)).toEqual([
      ['comm', 62.5, 'advanced', 1, 'scored'],
      ['data', 75, 'expert', 1, 'scored'],
    ]);
    expect(scores(read.profile)).toEqual(scores(submit.profile));
    expect(read.profile.overall).toEqual({ score: 66.7, level: 'advanced', coverage: 1 });
    expect(findArea(read.profile, 'comm').explanation).toEqual({
      coverageThreshold: 0.5,
      level: { min: 50, max: 75 },
      questions: [
        { id: 'site', outcome: 'scored', weight: 1, score: 1, contribution: 25 },
        { id: 'site-updates', outcome: 'scored', weight: 1, score: 0.5, contribution: 12.5 },
        { id: 'channels', outcome: 'scored', weight: 2, score: 0.5, contribution: 25 },
      ],
    });
    expect(findArea(read.profile, 'data').explanation).toEqual({
      coverageThreshold: 0.5,
      level: { min: 75, max: 100 },
      questions: [
        { id: 'gdpr', outcome: 'scored', weight: 1, score: 0.5, contribution: 25 },
        { id: 'payroll', outcome: 'scored', weight: 1, score: 1, contribution: 50 },
      ],
    });
    // Rebuilt from the answers, the explanation is the one the submit gave.
    expect(read.profile).toEqual(submit.profile);
  });

  test('when a response is submitted, then the database keeps the profile summary without any explanation', async () => {
    const storedProfile = async () =>
      (
        await testApp.database.rows(
          sql<{ profile: string | null }>`select profile from responses where id = ${draft.id}`,
        )
      )[0]!.profile;
    const before = await storedProfile();
    // A draft stores no profile: it is scored when read.
    expect(before).toBeNull();

    await submitted();

    const after = await storedProfile();
    expect(after).not.toBeNull();
    expect(after).not.toContain('explanation');
    expect(JSON.parse(after!)).toEqual({
      overall: { score: 66.7, level: 'advanced', coverage: 1 },
      areas: [
        { id: 'comm', score: 62.5, level: 'advanced', coverage: 1, status: 'scored', weight: 2 },
        { id: 'data', score: 75, level: 'expert', coverage: 1, status: 'scored', weight: 1 },
      ],
    });
  });
});
