import type { FastifyInstance } from 'fastify';
import { expect } from 'vitest';
import { buildApp } from '../../../src/http/build-app.js';
import { openAppServices, type AppServices } from '../../../src/open-app-services.js';
import { EARLY, facilitatorApi } from '../../support/facilitator-api.js';
import { testConfig } from '../../support/test-config.js';
import { createTestDatabase } from '../../support/test-database.js';
import { testPasswordHasher } from '../../support/test-password-hasher.js';

export interface DocumentsApp {
  app: FastifyInstance;
  /** The real services, whose document statistics say what was rendered and what cached. */
  services: AppServices;
  close(): Promise<void>;
}

/** The real app, its services opened here so that the test can read their statistics. */
export async function startDocumentsApp(env: Record<string, string> = {}): Promise<DocumentsApp> {
  const database = await createTestDatabase();
  const config = testConfig({ DATABASE_URL: database.url, ...env });
  const services = await openAppServices(config, { passwords: testPasswordHasher });
  const app = await buildApp({ config, services });
  await app.ready();
  // The workers start with the app; waiting for them keeps their start out of what is tested.
  await services.documents.ready();
  return {
    app,
    services,
    close: async () => {
      await app.close();
      await services.close();
      await database.remove();
    },
  };
}

/** Submits a response to the mini fixture; its report differs from the others by its name. */
export async function submittedResponse(
  app: FastifyInstance,
  associationName: string,
): Promise<{ id: string; token: string }> {
  const started = await app.inject({
    method: 'POST',
    url: '/api/responses',
    payload: { questionnaireId: 'mini', associationName },
  });
  expect(started.statusCode).toBe(201);
  const { id, token } = started.json<{ id: string; token: string }>();
  const headers = { authorization: `Bearer ${token}` };
  const saved = await app.inject({
    method: 'PATCH',
    url: `/api/responses/${id}/answers`,
    headers,
    payload: { answers: EARLY },
  });
  expect(saved.statusCode).toBe(200);
  const submitted = await app.inject({
    method: 'POST',
    url: `/api/responses/${id}/submit`,
    headers,
  });
  expect(submitted.statusCode).toBe(200);
  return { id, token };
}

/** A facilitator's workshop on the mini fixture with `count` submitted participants. */
export async function workshopWith(app: FastifyInstance, count: number) {
  const api = facilitatorApi(app);
  const facilitator = await api.facilitator('anne@crib.fr');
  const workshop = await api.workshop(facilitator);
  for (let n = 1; n <= count; n += 1) {
    await api.participant(workshop.joinCode, EARLY, {
      associationName: `Association ${n}`,
      shareAnswers: n % 2 === 0,
    });
  }
  return { api, facilitator, workshop };
}
