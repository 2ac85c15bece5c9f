import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { expectProblem } from '../support/expect-problem.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

describe('health, unknown routes and the API documentation', () => {
  let testApp: TestApp;
  beforeEach(async () => {
    testApp = await startTestApp();
  });
  afterEach(async () => {
    await testApp.close();
  });

  test('when the health route is called, then it answers 200 with the database checked', async () => {
    const response = await testApp.app.inject({ method: 'GET', url: '/api/health' });

    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.json()).toEqual({ status: 'ok', database: 'ok' });
  });

  test('when a route does not exist, then it answers a 404 route_not_found problem naming the route', async () => {
    const response = await testApp.app.inject({ method: 'GET', url: '/api/nothing-here' });

    const problem = expectProblem(response, 404, 'route_not_found');
    expect(problem.detail).toContain('GET /api/nothing-here');
  });

  test('when a known path is called with a method it does not serve, then the answer is still a problem', async () => {
    const response = await testApp.app.inject({ method: 'PUT', url: '/api/health' });

    // Fastify routes by method and path, so this is "no such route", not a stack trace.
    expect(response.statusCode).toBeGreaterThanOrEqual(400);
    expect(response.statusCode).toBeLessThan(500);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  });

  test('when the OpenAPI document is fetched, then it is OpenAPI 3 and lists every API route', async () => {
    const response = await testApp.app.inject({ method: 'GET', url: '/api/docs/json' });

    expect(response.statusCode).toBe(200);
    const document = response.json() as {
      openapi: string;
      info: { title: string };
      paths: Record<string, Record<string, unknown>>;
    };
    expect(document.openapi).toMatch(/^3\./);
    expect(document.info.title).toBe('AssoRadar API');
    const operations = Object.entries(document.paths).flatMap(([path, methods]) =>
      Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`),
    );
    expect(operations.sort()).toEqual(
      [
        'GET /api/data-policy',
        'GET /api/health',
        'GET /api/questionnaires',
        'GET /api/questionnaires/{id}',
        'GET /api/questionnaires/{id}/versions/{version}',
        'GET /api/questionnaires/{id}/versions/{version}/paper.pdf',
        'POST /api/responses',
        'GET /api/responses/{id}',
        'GET /api/responses/{id}/report.pdf',
        'PATCH /api/responses/{id}/answers',
        'POST /api/responses/{id}/submit',
        'POST /api/responses/{id}/again',
        'DELETE /api/responses/{id}',
        'GET /api/responses/{id}/answers.json',
        'POST /api/responses/import',
        'GET /api/responses/{id}/plan',
        'PUT /api/responses/{id}/plan/priorities',
        'POST /api/responses/{id}/plan/actions',
        'PATCH /api/responses/{id}/plan/actions/{actionId}',
        'DELETE /api/responses/{id}/plan/actions/{actionId}',
        'GET /api/responses/{id}/plan.ics',
        'POST /api/facilitator/session',
        'GET /api/facilitator/session',
        'DELETE /api/facilitator/session',
        'POST /api/workshops',
        'GET /api/workshops',
        'GET /api/workshops/{id}',
        'POST /api/workshops/{id}/close',
        'GET /api/workshops/{id}/qr.svg',
        'GET /api/workshops/{id}/dashboard',
        'GET /api/workshops/{id}/export.csv',
        'GET /api/workshops/{id}/export-ids.csv',
        'GET /api/workshops/{id}/export.xlsx',
        'GET /api/workshops/{id}/report.pdf',
        'GET /api/workshops/{id}/reports.zip',
        'GET /api/workshops/{id}/participants/{responseId}',
        'GET /api/workshops/{id}/participants/{responseId}/report.pdf',
        'GET /api/join/{code}',
        'POST /api/join/{code}',
        'POST /api/responses/{id}/team',
        'GET /api/responses/{id}/team',
        'PATCH /api/responses/{id}/team/member',
        'DELETE /api/responses/{id}/team/member',
        'PUT /api/responses/{id}/team/agreements/{areaId}',
        'GET /api/responses/{id}/team/report.pdf',
        'GET /api/team-invites/{code}',
        'POST /api/team-invites/{code}/members',
        'GET /api/share-codes/{code}',
        'POST /api/responses/{id}/shares',
        'GET /api/responses/{id}/shares',
        'DELETE /api/responses/{id}/shares/{facilitatorId}',
        'GET /api/facilitator/profile',
        'PATCH /api/facilitator/profile',
        'GET /api/facilitator/share-code',
        'POST /api/facilitator/share-code',
        'GET /api/facilitator/portfolio',
        'GET /api/facilitator/portfolio.csv',
        'GET /api/facilitator/portfolio-ids.csv',
        'GET /api/facilitator/portfolio.xlsx',
        'GET /api/facilitator/portfolio/{chainId}',
        'GET /api/facilitator/portfolio/{chainId}/report.pdf',
      ].sort(),
    );
  });

  test('when the OpenAPI document is fetched, then the response routes declare the bearer token and their problems', async () => {
    const response = await testApp.app.inject({ method: 'GET', url: '/api/docs/json' });
    const document = response.json() as {
      components: { securitySchemes: Record<string, { scheme?: string }> };
      paths: Record<
        string,
        Record<string, { security?: unknown; responses: Record<string, unknown> }>
      >;
    };

    expect(document.components.securitySchemes.bearer?.scheme).toBe('bearer');
    const patch = document.paths['/api/responses/{id}/answers']!.patch!;
    expect(patch.security).toEqual([{ bearer: [] }]);
    // Its own problems, then those any write may answer (body, rate limit, database, bug).
    expect(Object.keys(patch.responses).sort()).toEqual(
      ['200', '400', '404', '409', '413', '415', '429', '500', '503'].sort(),
    );
  });

  test('when the documentation page is opened, then it serves an HTML page', async () => {
    const response = await testApp.app.inject({ method: 'GET', url: '/api/docs' });

    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/html/);
    expect(response.body).toMatch(/<html/i);
  });

  test('when the root is opened, then it redirects to the documentation', async () => {
    const response = await testApp.app.inject({ method: 'GET', url: '/' });

    expect(response.statusCode).toBe(302);
    expect(response.headers.location).toBe('/api/docs');
  });
});
