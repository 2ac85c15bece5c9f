import { rmSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { buildWeb } from './build-web.js';
import { launchChromiumServer } from './launch-chromium.js';
import { SCREENSHOTS_DIR } from './take-screenshot.js';

/**
 * Once for the whole e2e run: the front end is built, so the tests drive the bundle a volunteer
 * would load; the screenshots of an earlier run go, so those left are this run's; and one
 * Chromium starts, which every file connects to (shared-chromium.ts) and the teardown closes.
 */
export async function setup(project: TestProject): Promise<() => Promise<void>> {
  rmSync(SCREENSHOTS_DIR, { recursive: true, force: true });
  const [server] = await Promise.all([launchChromiumServer(), buildWeb()]);
  project.provide('chromiumEndpoint', server.wsEndpoint());
  return () => server.close();
}
