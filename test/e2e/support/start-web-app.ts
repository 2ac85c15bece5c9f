import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../../src/http/build-app.js';
import { tempDatabase } from '../../support/temp-database.js';
import { testConfig } from '../../support/test-config.js';
import { freePort } from '../../support/free-port.js';
import { testPasswordHasher } from '../../support/test-password-hasher.js';

/** The front end built by the global setup, and the real questionnaires a volunteer answers. */
export const WEB_DIR = fileURLToPath(new URL('../../../web/dist', import.meta.url));
export const QUESTIONNAIRES_DIR = fileURLToPath(
  new URL('../../../questionnaires', import.meta.url),
);

export interface WebApp {
  app: FastifyInstance;
  /** The origin the browser opens, e.g. http://127.0.0.1:41234 */
  url: string;
  /** The app's SQLite file, for a test that checks what was (not) stored. */
  databaseFile: string;
  close(): Promise<void>;
}

/**
 * The real app on a real port (a browser cannot use `inject`), on a fresh SQLite file, serving
 * the built front end. Its public address is the one the browser opens, so the join links and QR
 * codes of workshops point where a participant's phone would go. `env` overrides settings.
 */
export async function startWebApp(env: Record<string, string> = {}): Promise<WebApp> {
  const database = tempDatabase();
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const app = await buildApp({
    config: testConfig({
      DATABASE_URL: database.file,
      WEB_DIR,
      QUESTIONNAIRES_DIR,
      PUBLIC_URL: url,
      ...env,
    }),
    passwords: testPasswordHasher,
  });
  await app.listen({ port, host: '127.0.0.1' });
  return {
    app,
    url,
    databaseFile: database.file,
    close: async () => {
      await app.close();
      database.remove();
    },
  };
}
