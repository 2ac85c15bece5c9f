import type { Page } from 'playwright-core';

/**
 * Waits until the server has acknowledged every answer given on this device: nothing left in
 * the saver's storage, and the status shown says so.
 */
export async function waitUntilSaved(page: Page, responseId: string, timeout = 15_000) {
  const pendingKey = JSON.stringify(`assoradar.pending.${responseId}`);
  await page.waitForFunction(
    `localStorage.getItem(${pendingKey}) === null && document.getElementById('save-state')?.dataset.state === 'saved'`,
    undefined,
    { timeout },
  );
}
