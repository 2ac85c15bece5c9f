import { afterEach, beforeEach } from 'vitest';
import { planApi } from './plan-api.js';
import { startTestApp, type TestApp } from './test-app.js';

export interface PlanApp {
  testApp: TestApp;
  plan: ReturnType<typeof planApi>;
}

/** Registers the hooks of a plan test file: a fresh app and database for each test. */
export function usePlanApp(): PlanApp {
  const env = {} as PlanApp;
  beforeEach(async () => {
    env.testApp = await startTestApp();
    env.plan = planApi(env.testApp.app);
  });
  afterEach(async () => {
    await env.testApp.close();
  });
  return env;
}
