import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium (installed by .ci/run with apt-get): a browser is never downloaded. */
export const CHROMIUM = '/usr/bin/chromium';

function launchOptions() {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} is missing: apt-get install chromium (see .ci/run)`);
  }
  return {
    executablePath: CHROMIUM,
    // No sandbox: CI runs as root in a container. The rest keeps the browser from calling home.
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  };
}

export async function launchChromium(): Promise<Browser> {
  return chromium.launch(launchOptions());
}
