import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { launchChromium } from './launch-chromium.js';
import { startWebApp, type WebApp } from './start-web-app.js';

export interface BrowserAndApp {
  browser: Browser;
  web: WebApp;
}

/**
 * Registers the hooks of an e2e file: one Chromium for the file, a fresh app on a fresh SQLite
 * file for each test (with `env` over the test settings). Read the fields inside tests, after
 * the hooks have run.
 */
export function useBrowserAndApp(env: Record<string, string> = {}): BrowserAndApp {
  const fields = {} as BrowserAndApp;
  beforeAll(async () => {
    fields.browser = await launchChromium();
  });
  afterAll(async () => {
    await fields.browser?.close();
  });
  beforeEach(async () => {
    fields.web = await startWebApp(env);
  });
  afterEach(async () => {
    await fields.web.close();
  });
  return fields;
}
