import { rmSync } from 'node:fs';
import { buildWeb } from './build-web.js';
import { SCREENSHOTS_DIR } from './take-screenshot.js';

/**
 * Once for the whole e2e run: the front end is built, so the tests drive the bundle a volunteer
 * would load; the screenshots of an earlier run go, so those left are this run's. Each worker
 * launches its own Chromium (worker-chromium.ts).
 */
export async function setup(): Promise<void> {
  rmSync(SCREENSHOTS_DIR, { recursive: true, force: true });
  await buildWeb();
}
