import { fileURLToPath } from 'node:url';
import { loadConfig, type Config } from '../../src/config.js';

/** The tiny fixture questionnaires of the tests (test/fixtures/questionnaires). */
export const FIXTURE_QUESTIONNAIRES = fileURLToPath(
  new URL('../fixtures/questionnaires', import.meta.url),
);

/** A configuration as the server would load it, from explicit variables instead of the environment. */
export function testConfig(overrides: Record<string, string> = {}): Config {
  return loadConfig({
    DATABASE_URL: ':memory:',
    QUESTIONNAIRES_DIR: FIXTURE_QUESTIONNAIRES,
    LOG_LEVEL: 'silent',
    // No front end unless a test builds one: the API alone answers.
    WEB_DIR: fileURLToPath(new URL('../fixtures/no-web', import.meta.url)),
    // Test files share the cores: lowered, the document workers would wait behind the others.
    DOCUMENT_WORKER_NICENESS: '0',
    ...overrides,
  });
}
