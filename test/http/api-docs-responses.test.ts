import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.js';

interface Operation {
  responses: Record<string, { content?: Record<string, { schema?: unknown }> }>;
}
type Paths = Record<string, Record<string, Operation>>;

/** The OpenAPI document feeds a generated client: every answer with a body must be in it. */
describe('the OpenAPI document lists every answer of every route', () => {
  let testApp: TestApp;
  let operations: Array<{ name: string; operation: Operation }>;
  beforeAll(async () => {
    testApp = await startTestApp();
    const response = await testApp.app.inject({ method: 'GET', url: '/api/docs/json' });
    const paths = response.json<{ paths: Paths }>().paths;
    operations = Object.entries(paths).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, operation]) => ({
        name: `${method.toUpperCase()} ${path}`,
        operation,
      })),
    );
  });
  afterAll(async () => {
    await testApp.close();
  });

  test('when the document is read, then every route has a success answer, with a typed body unless 204', () => {
    expect(operations.length).toBeGreaterThan(40);
    for (const { name, operation } of operations) {
      const successes = Object.keys(operation.responses).filter((status) => status.startsWith('2'));
      expect(successes, name).not.toEqual([]);
      for (const status of successes.filter((status) => status !== '204')) {
        const content = operation.responses[status]!.content ?? {};
        expect(Object.keys(content), `${name} ${status}`).not.toEqual([]);
        for (const [type, media] of Object.entries(content)) {
          expect(media.schema, `${name} ${status} ${type}`).toBeDefined();
        }
      }
    }
  });

  test('when the document is read, then every failure is a problem+json, and every route may answer 500 and 503', () => {
    for (const { name, operation } of operations) {
      expect(Object.keys(operation.responses), name).toEqual(
        expect.arrayContaining(['500', '503']),
      );
      const failures = Object.entries(operation.responses).filter(
        ([status]) => Number(status) >= 400 && name !== 'GET /api/health',
      );
      for (const [status, answer] of failures) {
        expect(Object.keys(answer.content ?? {}), `${name} ${status}`).toEqual([
          'application/problem+json',
        ]);
      }
    }
  });
});
