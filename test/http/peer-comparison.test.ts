import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { ResponseContract } from '../../src/contracts/response-contract.js';
import type { Answers } from '../../src/domain/index.js';
import { ADVANCED, EARLY } from '../support/facilitator-api.js';
import { readPdf, searchable } from '../support/read-pdf.js';
import { respondentApi, type StartedResponse } from '../support/respondent-api.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * Peer groups by the mini fixture's "employees" context question. EARLY (employees some) scores
 * comm 0, data 50; the same with site yes, weekly, channels newsletter + social (comm 100) is
 * another "some" association. ADVANCED has employees none: another group.
 */
const SOME_ADVANCED: Answers = {
  ...EARLY,
  site: 'yes',
  'site-updates': 'weekly',
  channels: ['newsletter', 'social'],
};

describe('the peer comparison of a submitted response', () => {
  let testApp: TestApp;
  let api: ReturnType<typeof respondentApi>;
  beforeEach(async () => {
    testApp = await startTestApp({ PEER_GROUP_QUESTION: 'employees' });
    api = respondentApi(testApp.app);
  });
  afterEach(async () => {
    await testApp.close();
  });

  async function submitted(answers: Answers): Promise<StartedResponse> {
    const draft = await api.started();
    expect((await api.patch(draft.id, draft.token, answers)).statusCode).toBe(200);
    expect((await api.submit(draft.id, draft.token)).statusCode).toBe(200);
    return draft;
  }
  const comparisonOf = async ({ id, token }: StartedResponse) =>
    ResponseContract.parse((await api.get(id, token)).json()).peerComparison;

  test('when fewer than five responses form the group, then no comparison is given', async () => {
    const mine = await submitted(EARLY);
    for (let i = 0; i < 3; i++) await submitted(SOME_ADVANCED);
    await submitted(ADVANCED);

    expect(await comparisonOf(mine)).toBeNull();
  });

  test('when five form the group, then it is their mean per area, other groups and drafts left out', async () => {
    const mine = await submitted(EARLY);
    await submitted(EARLY);
    for (let i = 0; i < 3; i++) await submitted(SOME_ADVANCED);
    await submitted(ADVANCED);
    const draft = await api.started();
    await api.patch(draft.id, draft.token, EARLY);

    // comm: (0 + 0 + 100 * 3) / 5 = 60; data: 50 for all five.
    expect(await comparisonOf(mine)).toEqual({ groupSize: 5, scores: { comm: 60, data: 50 } });
    const pdf = await testApp.app.inject({
      method: 'GET',
      url: `/api/responses/${mine.id}/report.pdf`,
      headers: { authorization: `Bearer ${mine.token}` },
    });
    expect(searchable((await readPdf(pdf.rawPayload)).text)).toContain(
      'Moyenne des associations de même budget (5)',
    );
  });

  test('when one of five erases its response, then the group is four and the comparison goes', async () => {
    const mine = await submitted(EARLY);
    const leaving = await submitted(SOME_ADVANCED);
    for (let i = 0; i < 3; i++) await submitted(SOME_ADVANCED);
    expect((await comparisonOf(mine))?.groupSize).toBe(5);

    expect((await api.remove(leaving.id, leaving.token)).statusCode).toBe(204);

    expect(await comparisonOf(mine)).toBeNull();
    // Back to five: comm (0 + 100 * 3 + 0) / 5 = 60, data 50: the erased scores left no trace.
    await submitted(EARLY);
    expect(await comparisonOf(mine)).toEqual({ groupSize: 5, scores: { comm: 60, data: 50 } });
  });

  test('when the response is a draft, then it has no comparison', async () => {
    for (let i = 0; i < 5; i++) await submitted(EARLY);
    const draft = await api.started();
    await api.patch(draft.id, draft.token, EARLY);

    expect(await comparisonOf(draft)).toBeNull();
  });
});
