import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { fileBrowser, type FileBrowser } from './worker-chromium.js';
import { startWebApp, type WebApp } from './start-web-app.js';

export interface BrowserAndApp {
  browser: FileBrowser;
  web: WebApp;
}

/**
 * Registers the hooks of an e2e file: the worker's Chromium for the file (contexts of its own), a fresh app on a fresh SQLite
 * file for each test (with `env` over the test settings). Read the fields inside tests, after
 * the hooks have run.
 */
export function useBrowserAndApp(env: Record<string, string> = {}): BrowserAndApp {
  const fields = {} as BrowserAndApp;
  beforeAll(async () => {
    fields.browser = await fileBrowser();
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
