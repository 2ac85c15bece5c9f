import type { FastifyInstance } from 'fastify';
import { afterEach, describe, expect, test } from 'vitest';
import { buildApp } from '../../src/http/build-app.js';
import { openAppServices, type AppServices } from '../../src/open-app-services.js';
import type { UseCases } from '../../src/usecases/create-use-cases.js';
import { expectProblem } from '../support/expect-problem.js';
import { testConfig } from '../support/test-config.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

/**
 * The real app over real services, with one use case changed the way a careless change to it
 * would be: what leaves the server is decided by the route's contract, not by the use case.
 */
describe('the HTTP edge answers only what the contracts name', () => {
  let database: TestDatabase;
  let services: AppServices;
  let app: FastifyInstance;

  async function start(change: (useCases: UseCases) => Partial<UseCases>) {
    database = await createTestDatabase();
    const config = testConfig({ DATABASE_URL: database.url });
    services = await openAppServices(config);
    app = await buildApp({
      config,
      services: { ...services, useCases: { ...services.useCases, ...change(services.useCases) } },
    });
    await app.ready();
  }

  afterEach(async () => {
    await app?.close();
    await services?.close();
    await database?.remove();
  });

  test('when a use case returns a field its contract does not name, then the answer leaves it out', async () => {
    await start((real) => ({
      startResponse: async (input) => ({
        ...(await real.startResponse(input)),
        tokenHash: 'must-not-leave',
      }),
    }));

    const response = await app.inject({
      method: 'POST',
      url: '/api/responses',
      payload: { questionnaireId: 'mini' },
    });

    expect(response.statusCode).toBe(201);
    const body = response.json<Record<string, unknown>>();
    expect(Object.keys(body).sort()).toEqual(
      ['id', 'locale', 'questionnaireId', 'token', 'version'].sort(),
    );
    expect(response.body).not.toContain('must-not-leave');
  });

  test('when a nested object holds a field its contract does not name, then it is left out too', async () => {
    await start((real) => ({
      getResponse: async (input) => {
        const view = await real.getResponse(input);
        return { ...view, profile: { ...view.profile, rawAnswers: 'must-not-leave' } };
      },
    }));
    const started = await app.inject({
      method: 'POST',
      url: '/api/responses',
      payload: { questionnaireId: 'mini' },
    });
    const { id, token } = started.json<{ id: string; token: string }>();

    const response = await app.inject({
      method: 'GET',
      url: `/api/responses/${id}`,
      headers: { authorization: `Bearer ${token}` },
    });

    expect(response.statusCode).toBe(200);
    expect(response.json<{ profile: object }>().profile).not.toHaveProperty('rawAnswers');
    expect(response.body).not.toContain('must-not-leave');
  });

  test('when a use case returns a value its contract refuses, then the answer is a 500 problem, never the value', async () => {
    await start(() => ({
      checkHealth: async () => ({ status: 'ok', database: 'secret-host:5432' }) as never,
    }));

    const response = await app.inject({ method: 'GET', url: '/api/health' });

    expectProblem(response, 500, 'internal_error');
    expect(response.body).not.toContain('secret-host');
  });
});
