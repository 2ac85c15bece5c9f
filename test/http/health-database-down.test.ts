import { describe, expect, test } from 'vitest';
import { buildApp } from '../../src/http/build-app.js';
import { openAppServices } from '../../src/open-app-services.js';
import { createTestDatabase } from '../support/test-database.js';
import { testConfig } from '../support/test-config.js';

describe('GET /api/health when the database is gone', () => {
  test('when the database no longer answers, then health says 503 and which part is down', async () => {
    const database = await createTestDatabase();
    const config = testConfig({ DATABASE_URL: database.url });
    const services = await openAppServices(config);
    const app = await buildApp({ config, services });
    try {
      expect((await app.inject({ method: 'GET', url: '/api/health' })).statusCode).toBe(200);

      await services.db.destroy();
      const response = await app.inject({ method: 'GET', url: '/api/health' });

      expect(response.statusCode).toBe(503);
      expect(response.json()).toEqual({ status: 'unavailable', database: 'unreachable' });
    } finally {
      await app.close();
      await database.remove();
    }
  });
});
