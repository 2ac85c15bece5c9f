import { describe, expect, test } from 'vitest';
import { useBrowserAndApp } from './support/browser-and-app.js';
import { chooseAnswer } from './support/choose-answer.js';
import { startDiagnosis } from './support/start-diagnosis.js';
import { waitForNewPage } from './support/wait-for-new-page.js';

describe('a slow connection', () => {
  const env = useBrowserAndApp();

  test('when the next step is opened in the same instant as the last tick and the server answers slowly, then the next page still shows that answer', async () => {
    const context = await env.browser.newContext({
      viewport: { width: 360, height: 740 },
      locale: 'fr-FR',
    });
    const page = await context.newPage();
    await page.goto(env.web.url);
    const credentials = await startDiagnosis(page);
    // The draft is read when a step opens; here that read is slow to come back (a phone on a
    // weak network), long enough for the debounced save of the last tick to leave and be
    // acknowledged meanwhile. The read itself reaches the server at once, before that save.
    await page.route(
      (url) => url.pathname === `/api/responses/${credentials.id}`,
      async (route) => {
        if (route.request().method() !== 'GET') return route.continue();
        const response = await route.fetch();
        await new Promise((resolve) => setTimeout(resolve, 1_500));
        await route.fulfill({ response });
      },
    );

    await chooseAnswer(page, 'budget', '10k-50k');
    // The review, reached as "next" reaches a step: a change of address within the app.
    await waitForNewPage(page, () =>
      page.evaluate((id) => {
        (globalThis as unknown as { location: { hash: string } }).location.hash =
          `#/diagnostic/${id}/99`;
      }, credentials.id),
    );

    const budget = page.locator('.review-item[data-question="budget"]');
    await expect.poll(() => budget.getAttribute('class')).toBe('review-item');
    expect(await budget.locator('dd').textContent()).not.toMatch(/Pas de réponse/);
    await context.close();
  });
});
