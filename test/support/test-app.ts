import type { FastifyInstance } from 'fastify';
import { buildApp, type BuildAppOptions } from '../../src/http/build-app.js';
import { createTestDatabase, type TestDatabase } from './test-database.js';
import { testConfig } from './test-config.js';
import { testPasswordHasher } from './test-password-hasher.js';

export interface TestApp {
  app: FastifyInstance;
  database: TestDatabase;
  close(): Promise<void>;
}

/**
 * The real app on a fresh database of the run's dialect (test-database.ts), over the fixture
 * questionnaires unless told otherwise, hashing passwords at a trivial cost unless given a hasher.
 */
export async function startTestApp(
  env: Record<string, string> = {},
  options: Omit<BuildAppOptions, 'config'> = {},
): Promise<TestApp> {
  const database = await createTestDatabase();
  let app: FastifyInstance;
  try {
    app = await buildApp({
      passwords: testPasswordHasher,
      ...options,
      config: testConfig({ DATABASE_URL: database.url, ...env }),
    });
    await app.ready();
  } catch (error) {
    // A test of a refused configuration still leaves no database (schema) behind.
    await database.remove();
    throw error;
  }
  return {
    app,
    database,
    close: async () => {
      await app.close();
      await database.remove();
    },
  };
}
