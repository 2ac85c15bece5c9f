import type { Page } from 'playwright-core';

/**
 * Waits until the server has acknowledged every answer given on this device: nothing left in
 * the saver's storage, and the status shown says so. A save waits for the saver's debounce and a
 * group commit; with every tier on the cores at once that took over 15 s once.
 */
export async function waitUntilSaved(page: Page, responseId: string, timeout = 30_000) {
  // A function, not a string: the app's Content-Security-Policy forbids eval in the page.
  await page.waitForFunction(
    (key) => {
      const page = globalThis as unknown as {
        localStorage: { getItem(key: string): string | null };
        document: { getElementById(id: string): { dataset: { state?: string } } | null };
      };
      return (
        page.localStorage.getItem(key) === null &&
        page.document.getElementById('save-state')?.dataset.state === 'saved'
      );
    },
    `assoradar.pending.${responseId}`,
    { timeout },
  );
}
