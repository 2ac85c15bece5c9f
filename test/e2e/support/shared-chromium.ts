import { chromium, type Browser } from 'playwright-core';
import { inject } from 'vitest';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The WebSocket of the Chromium the global setup launched (global-setup.ts). */
    chromiumEndpoint: string;
  }
}

/**
 * A connection to the run's one Chromium, launched by the global setup: connecting takes a few
 * milliseconds where launching a browser took about a second a file. Each test still opens a
 * context of its own (cookies, storage, viewport), and closing the connection closes the
 * contexts it opened, not the browser.
 */
export function connectChromium(): Promise<Browser> {
  return chromium.connect(inject('chromiumEndpoint'));
}
