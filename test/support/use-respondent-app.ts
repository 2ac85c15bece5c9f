import { afterEach, beforeEach } from 'vitest';
import { respondentApi } from './respondent-api.js';
import { startTestApp, type TestApp } from './test-app.js';

export interface RespondentApp {
  testApp: TestApp;
  api: ReturnType<typeof respondentApi>;
}

/** Registers the hooks of an HTTP test file: a fresh app and database for each test. */
export function useRespondentApp(): RespondentApp {
  const env = {} as RespondentApp;
  beforeEach(async () => {
    // Files share a worker's module state: a start that fails must not leave the previous test's
    // app here for afterEach to close twice.
    env.testApp = undefined as unknown as TestApp;
    env.testApp = await startTestApp();
    env.api = respondentApi(env.testApp.app);
  });
  afterEach(async () => {
    await env.testApp?.close();
  });
  return env;
}
