import { describe, expect, test } from 'vitest';
import { ResponseContract } from '../../src/contracts/response-contract.js';
import { expectProblem } from '../support/expect-problem.js';
import { useRespondentApp } from '../support/use-respondent-app.js';

describe('DELETE /api/responses/:id', () => {
  const env = useRespondentApp();

  test('when the owner deletes a draft, then it answers 204 with no body and the response is gone', async () => {
    const { id, token } = await env.api.started();
    await env.api.patch(id, token, { site: 'yes' });

    const response = await env.api.remove(id, token);

    expect(response.statusCode).toBe(204);
    expect(response.body).toBe('');
    expectProblem(await env.api.get(id, token), 404, 'response_not_found');
    expect(await env.testApp.database.countRows('responses')).toBe(0);
  });

  test('when the owner deletes a submitted response, then its stored area scores go with it', async () => {
    const { id, token } = await env.api.started();
    await env.api.patch(id, token, {
      employees: 'none',
      site: 'no',
      channels: ['social'],
      gdpr: 3,
    });
    expect((await env.api.submit(id, token)).statusCode).toBe(200);
    expect(await env.testApp.database.countRows('response_area_scores')).toBe(2);

    expect((await env.api.remove(id, token)).statusCode).toBe(204);

    expect(await env.testApp.database.countRows('responses')).toBe(0);
    expect(await env.testApp.database.countRows('response_area_scores')).toBe(0);
  });

  test('when the token is wrong or missing, then it answers 404 response_not_found and the response still exists', async () => {
    const mine = await env.api.started();
    const other = await env.api.started();

    expectProblem(await env.api.remove(mine.id, other.token), 404, 'response_not_found');
    expectProblem(await env.api.remove(mine.id, 'guess'), 404, 'response_not_found');
    expectProblem(await env.api.remove(mine.id), 404, 'response_not_found');

    const response = await env.api.get(mine.id, mine.token);
    expect(response.statusCode).toBe(200);
    expect(ResponseContract.parse(response.json()).id).toBe(mine.id);
    expect(await env.testApp.database.countRows('responses')).toBe(2);
  });

  test('when a response is deleted twice, then the second answers 404 response_not_found', async () => {
    const { id, token } = await env.api.started();
    expect((await env.api.remove(id, token)).statusCode).toBe(204);

    expectProblem(await env.api.remove(id, token), 404, 'response_not_found');
  });
});
