import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from './launch-chromium.js';

/** What an e2e file uses of Chromium: contexts of its own, closed together when it is done. */
export interface FileBrowser {
  newContext: Browser['newContext'];
  newPage: Browser['newPage'];
  /** Closes the contexts (and pages) this file opened; the worker's Chromium stays. */
  close(): Promise<void>;
}

let chromium: Promise<Browser> | undefined;

/**
 * The Chromium of this test worker, launched by its first e2e file and kept for the next ones
 * (the e2e project does not isolate its files); Playwright closes it when the worker exits.
 * One browser a worker, not one for the run: every page of a shared browser went through one
 * WebSocket server, a single thread that three workers' screenshots and clicks queued on (on
 * the 2-core runner, the e2e tier alone took 174 s and 329 CPU-seconds; a browser a worker,
 * 164 s and 316).
 */
export async function fileBrowser(): Promise<FileBrowser> {
  chromium ??= launchChromium();
  const browser = await chromium;
  const opened = new Set<BrowserContext>();
  const track = <T extends BrowserContext>(context: T): T => {
    opened.add(context);
    context.once('close', () => opened.delete(context));
    return context;
  };
  return {
    newContext: async (options) => track(await browser.newContext(options)),
    newPage: async (options): Promise<Page> => {
      const page = await browser.newPage(options);
      track(page.context());
      return page;
    },
    close: async () => {
      await Promise.all([...opened].map((context) => context.close()));
    },
  };
}
