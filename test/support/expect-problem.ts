import { expect } from 'vitest';
import { ProblemDetails } from '../../src/contracts/problem-contract.js';

/** What `app.inject` answers, as much of it as a problem check reads. */
export interface InjectedResponse {
  statusCode: number;
  headers: Record<string, unknown>;
  json(): unknown;
}

/**
 * Checks an RFC 9457 answer: status, `application/problem+json`, the stable type URN of the code
 * (`urn:assoradar:problem:<code with dashes>`), and, when given, the pointers of the faulty fields
 * in order. Returns the parsed problem for further checks.
 */
export function expectProblem(
  response: InjectedResponse,
  status: number,
  code: string,
  pointers?: string[],
): ProblemDetails {
  expect(response.statusCode).toBe(status);
  expect(response.headers['content-type']).toMatch(/^application\/problem\+json(;|$)/);
  const problem = ProblemDetails.parse(response.json());
  expect(problem).toMatchObject({
    type: `urn:assoradar:problem:${code.replaceAll('_', '-')}`,
    status,
    code,
  });
  expect(problem.title.length).toBeGreaterThan(0);
  if (pointers) expect(problem.errors?.map((error) => error.pointer)).toEqual(pointers);
  return problem;
}
