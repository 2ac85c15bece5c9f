import type { FastifyInstance } from 'fastify';
import { buildApp, type BuildAppOptions } from '../../src/http/build-app.js';
import { tempDatabase } from './temp-database.js';
import { testConfig } from './test-config.js';

export interface TestApp {
  app: FastifyInstance;
  databaseFile: string;
  close(): Promise<void>;
}

/** The real app on a fresh SQLite file, over the fixture questionnaires unless told otherwise. */
export async function startTestApp(
  env: Record<string, string> = {},
  options: Omit<BuildAppOptions, 'config'> = {},
): Promise<TestApp> {
  const database = tempDatabase();
  const app = await buildApp({
    ...options,
    config: testConfig({ DATABASE_URL: database.file, ...env }),
  });
  await app.ready();
  return {
    app,
    databaseFile: database.file,
    close: async () => {
      await app.close();
      database.remove();
    },
  };
}
