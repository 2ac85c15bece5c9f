import { describe, expect, test } from 'vitest';
import { ResponseContract } from '../../src/contracts/response-contract.js';
import type { Answers } from '../../src/domain/index.js';
import { expectProblem } from '../support/expect-problem.js';
import type { StartedResponse } from '../support/respondent-api.js';
import { useRespondentApp } from '../support/use-respondent-app.js';

/** Every required question of the mini fixture answered (see submit-response.test.ts). */
const COMPLETE: Answers = {
  employees: 'some',
  site: 'no',
  channels: ['none'],
  gdpr: 0,
  payroll: 'yes',
};

describe('GET /api/responses/:id/report.pdf', () => {
  const env = useRespondentApp();

  async function submitted(body: Record<string, unknown> = {}): Promise<StartedResponse> {
    const draft = await env.api.started({ questionnaireId: 'mini', ...body });
    expect((await env.api.patch(draft.id, draft.token, COMPLETE)).statusCode).toBe(200);
    expect((await env.api.submit(draft.id, draft.token)).statusCode).toBe(200);
    return draft;
  }

  const report = (id: string, token?: string, query = '') =>
    env.testApp.app.inject({
      method: 'GET',
      url: `/api/responses/${id}/report.pdf${query}`,
      headers: token === undefined ? {} : { authorization: `Bearer ${token}` },
    });

  test('when a submitted response asks for its report, then it gets a PDF attachment named after the association and the date', async () => {
    const response = await submitted({ associationName: 'Les Amis du Vélo' });
    const answer = await report(response.id, response.token);

    expect(answer.statusCode).toBe(200);
    expect(answer.headers['content-type']).toBe('application/pdf');
    // The date is the day of submission in France (see report-file-name.test.ts).
    expect(answer.headers['content-disposition']).toMatch(
      /^attachment; filename="diagnostic-mini-les-amis-du-velo-\d{4}-\d{2}-\d{2}\.pdf"$/,
    );
    expect(answer.headers['cache-control']).toBe('private, no-store');
    expect(answer.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(Number(answer.headers['content-length'])).toBe(answer.rawPayload.byteLength);
  });

  test('when the report is asked twice, then both are the same bytes; in English, they differ', async () => {
    const response = await submitted();

    const first = await report(response.id, response.token);
    const second = await report(response.id, response.token);
    const english = await report(response.id, response.token, '?lang=en');

    expect(first.statusCode).toBe(200);
    expect(english.statusCode).toBe(200);
    expect(second.rawPayload.equals(first.rawPayload)).toBe(true);
    expect(english.rawPayload.equals(first.rawPayload)).toBe(false);
  });

  test('when the response is still a draft, then it answers 409 response_not_submitted and the draft stays as it was', async () => {
    const draft = await env.api.started({ questionnaireId: 'mini' });
    await env.api.saved(draft.id, draft.token, { site: 'yes' });

    expectProblem(await report(draft.id, draft.token), 409, 'response_not_submitted');

    const after = ResponseContract.parse((await env.api.get(draft.id, draft.token)).json());
    expect(after).toMatchObject({ status: 'draft', answers: { site: 'yes' } });
  });

  test('when the token is wrong or missing, or the response does not exist, then it answers 404 alike', async () => {
    const response = await submitted();

    expectProblem(await report(response.id, 'not-the-token'), 404, 'response_not_found');
    expectProblem(await report(response.id), 404, 'response_not_found');
    expectProblem(await report('no-such-response', response.token), 404, 'response_not_found');
  });

  test('when the language is not offered by the questionnaire, then it answers 400 naming it', async () => {
    const response = await submitted();

    const problem = expectProblem(
      await report(response.id, response.token, '?lang=de'),
      400,
      'unsupported_locale',
    );
    expect(problem.detail).toContain('"de"');
    expectProblem(
      await report(response.id, response.token, '?lang=fran%C3%A7ais'),
      400,
      'validation_failed',
      ['/lang'],
    );
  });
});
