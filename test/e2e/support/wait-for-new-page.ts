import type { Page } from 'playwright-core';

/**
 * Runs an action that leads to another page of the app and waits until that page is drawn. The
 * app swaps the content of #app and every page has a heading, so the old heading is marked, and
 * the wait lasts until it is gone and a new one stands: no text of either language involved.
 */
export async function waitForNewPage(page: Page, action: () => Promise<unknown>): Promise<void> {
  const heading = page.locator('#app h1');
  if ((await heading.count()) > 0) {
    await heading.evaluate((element) => element.setAttribute('data-e2e-old', ''));
  }
  await action();
  await page.locator('#app h1[data-e2e-old]').waitFor({ state: 'detached', timeout: 10_000 });
  await heading.waitFor({ timeout: 10_000 });
}
