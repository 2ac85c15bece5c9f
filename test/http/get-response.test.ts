import { describe, expect, test } from 'vitest';
import { ResponseContract } from '../../src/contracts/response-contract.js';
import { expectProblem } from '../support/expect-problem.js';
import { useRespondentApp } from '../support/use-respondent-app.js';

describe('GET /api/responses/:id', () => {
  const env = useRespondentApp();

  test('when the token opens a new draft, then it answers the draft with no answers, a provisional profile and no plan', async () => {
    const { id, token } = await env.api.started({ questionnaireId: 'mini', locale: 'en' });

    const response = await env.api.get(id, token);

    expect(response.statusCode).toBe(200);
    const body = ResponseContract.parse(response.json());
    expect(body).toMatchObject({
      id,
      questionnaireId: 'mini',
      version: '1.0.0',
      locale: 'en',
      status: 'draft',
      answers: {},
      actionPlan: null,
      submittedAt: null,
    });
    // Nothing answered: no area reaches the coverage threshold, so nothing is scored yet.
    expect(body.profile.overall).toEqual({ score: null, level: null, coverage: 0 });
    expect(body.profile.areas.map((area) => [area.id, area.status, area.score])).toEqual([
      ['comm', 'insufficient', null],
      ['data', 'insufficient', null],
    ]);
    expect(body.createdAt).toBe(body.updatedAt);
    expect(Number.isNaN(Date.parse(body.createdAt))).toBe(false);
  });

  test('when the Authorization scheme is written in lower case, then the token still opens the response', async () => {
    const { id, token } = await env.api.started();

    const response = await env.testApp.app.inject({
      method: 'GET',
      url: `/api/responses/${id}`,
      headers: { authorization: `bearer ${token}` },
    });

    expect(response.statusCode).toBe(200);
  });

  test("when the token is missing, wrong, another response's, or the id unknown, then each answers the same 404 response_not_found", async () => {
    const mine = await env.api.started();
    const other = await env.api.started();

    const answers = [
      await env.api.get(mine.id),
      await env.api.get(mine.id, 'not-the-token'),
      await env.api.get(mine.id, other.token),
      await env.api.get('00000000-0000-4000-8000-000000000000', mine.token),
      await env.testApp.app.inject({
        method: 'GET',
        url: `/api/responses/${mine.id}`,
        headers: { authorization: `Basic ${mine.token}` },
      }),
    ];

    const bodies = answers.map((response) => {
      expectProblem(response, 404, 'response_not_found');
      return response.body;
    });
    // Nobody learns which ids exist: the bodies are byte for byte the same.
    expect(new Set(bodies).size).toBe(1);
    expect(bodies[0]).not.toContain(mine.id);
  });
});
