import type { Page } from 'playwright-core';

/**
 * Waits until the server has acknowledged every answer given on this device: nothing left in
 * the saver's storage, and no other status shown than "saved". A page just loaded stays "idle"
 * when its answers had all been acknowledged before it loaded (a save that left
 * just before a reload). A save waits for the saver's debounce and a group commit; with every
 * tier on the cores at once that took over 15 s once.
 */
export async function waitUntilSaved(page: Page, responseId: string, timeout = 30_000) {
  // A function, not a string: the app's Content-Security-Policy forbids eval in the page.
  await page.waitForFunction(
    (key) => {
      const page = globalThis as unknown as {
        localStorage: { getItem(key: string): string | null };
        document: { getElementById(id: string): { dataset: { state?: string } } | null };
      };
      const state = page.document.getElementById('save-state')?.dataset.state;
      return page.localStorage.getItem(key) === null && (state === 'idle' || state === 'saved');
    },
    `assoradar.pending.${responseId}`,
    { timeout },
  );
}
