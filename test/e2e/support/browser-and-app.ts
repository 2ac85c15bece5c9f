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
 * file for each test. Read the fields inside tests, after the hooks have run.
 */
export function useBrowserAndApp(): BrowserAndApp {
  const env = {} as BrowserAndApp;
  beforeAll(async () => {
    env.browser = await launchChromium();
  });
  afterAll(async () => {
    await env.browser?.close();
  });
  beforeEach(async () => {
    env.web = await startWebApp();
  });
  afterEach(async () => {
    await env.web.close();
  });
  return env;
}
