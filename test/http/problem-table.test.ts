import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { PROBLEM_CODES } from '../../src/contracts/problem-contract.js';
import * as domain from '../../src/domain/index.js';
import type { ErrorCode } from '../../src/domain/index.js';
import { buildApp } from '../../src/http/build-app.js';
import { PROBLEMS } from '../../src/http/problem-types.js';
import { DatabaseUnavailableError } from '../../src/usecases/database-unavailable-error.js';
import { DocumentsBusyError } from '../../src/usecases/report-ports.js';
import { testConfig } from '../support/test-config.js';

/**
 * Every error class the domain exports, built with empty arguments (each constructor only
 * interpolates or counts them), plus the two the use cases throw.
 */
function everyInnerError(): Array<Error & { code: ErrorCode }> {
  type ErrorClass = new (...args: unknown[]) => domain.DomainError;
  const domainErrors = (Object.values(domain) as unknown[])
    .filter(
      (value): value is ErrorClass =>
        typeof value === 'function' && value.prototype instanceof domain.DomainError,
    )
    .map((ErrorClass) => new ErrorClass([], []));
  return [...domainErrors, new DocumentsBusyError(3), new DatabaseUnavailableError(new Error())];
}

describe('the problem table maps every error code to HTTP', () => {
  let app: FastifyInstance;
  const errors = everyInnerError();

  beforeAll(async () => {
    app = await buildApp({ config: testConfig() });
    // A route that throws the error it is asked for, as a use case would.
    app.get('/test/throw/:index', async (request) => {
      throw errors[Number((request.params as { index: string }).index)];
    });
    await app.ready();
  });
  afterAll(async () => {
    await app.close();
  });

  test('when the codes are listed, then each has a status and a title in the table, and the table no other', () => {
    expect(Object.keys(PROBLEMS).sort()).toEqual([...PROBLEM_CODES].sort());
    for (const code of PROBLEM_CODES) {
      expect(PROBLEMS[code].status, code).toBeGreaterThanOrEqual(400);
      expect(PROBLEMS[code].title, code).not.toBe('');
    }
  });

  test('when the domain exports its errors, then every one has a code of the list', () => {
    expect(errors.length).toBeGreaterThan(20);
    for (const error of errors) {
      expect(PROBLEM_CODES, error.constructor.name).toContain(error.code);
    }
  });

  test('when a use case throws any of them, then the answer is its problem with its status, never a 500', async () => {
    for (const [index, error] of errors.entries()) {
      const { code } = error;
      const response = await app.inject({ method: 'GET', url: `/test/throw/${index}` });

      expect(response.statusCode, code).toBe(PROBLEMS[code].status);
      expect(response.headers['content-type'], code).toMatch(/^application\/problem\+json/);
      expect(response.json<{ code: string }>().code, error.constructor.name).toBe(code);
    }
  });
});
