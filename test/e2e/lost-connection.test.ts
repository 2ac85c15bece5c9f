import { describe, expect, test } from 'vitest';
import { chooseAnswer } from './support/choose-answer.js';
import { savedAnswers } from './support/saved-answers.js';
import { startDiagnosis } from './support/start-diagnosis.js';
import { useBrowserAndApp } from './support/browser-and-app.js';
import { storedItem } from './support/stored-item.js';
import { takeScreenshot } from './support/take-screenshot.js';
import { waitUntilSaved } from './support/wait-until-saved.js';

describe('a lost connection', () => {
  const env = useBrowserAndApp();

  test('when the connection drops while answering, then the page says so, keeps the answers, and saves them once it is back', async () => {
    const context = await env.browser.newContext({
      viewport: { width: 1280, height: 900 },
      locale: 'fr-FR',
    });
    const page = await context.newPage();
    await page.goto(env.web.url);
    const credentials = await startDiagnosis(page);
    const saveState = page.locator('#save-state');

    await context.setOffline(true);
    await chooseAnswer(page, 'budget', '10k-50k');
    await page.locator('#save-state[data-state="offline"]').waitFor({ timeout: 10_000 });
    expect(await saveState.textContent()).toMatch(/^Connexion perdue/);
    // Said to screen readers too.
    expect(await page.locator('#status').textContent()).toMatch(/^Connexion perdue/);
    await chooseAnswer(page, 'volunteers', '6-20');
    await takeScreenshot(page, 'offline');

    // Nothing reached the server; both answers wait on the device.
    expect(await savedAnswers(env.web.app, credentials)).toEqual({});
    const pending = await storedItem(page, `assoradar.pending.${credentials.id}`);
    expect(JSON.parse(pending ?? '{}')).toEqual({
      answers: { budget: '10k-50k', volunteers: '6-20' },
    });

    await context.setOffline(false);
    // Retried on its own, with no click: the first retry comes a second after the failure.
    await waitUntilSaved(page, credentials.id, 20_000);
    expect(await saveState.textContent()).toBe('Réponses enregistrées');
    expect(await savedAnswers(env.web.app, credentials)).toEqual({
      budget: ['10k-50k'],
      volunteers: ['6-20'],
    });
    await context.close();
  });

  test('when the server refuses a save as too many (429), then the answers wait on the device and go once the server allows', async () => {
    const context = await env.browser.newContext({
      viewport: { width: 390, height: 844 },
      locale: 'fr-FR',
    });
    const page = await context.newPage();
    await page.goto(env.web.url);
    const credentials = await startDiagnosis(page);
    // The write limit of a whole workshop behind one router, reached once: what the rate
    // limiter answers (problem+json, Retry-After), then the real server again.
    let refused = 0;
    await page.route('**/api/responses/*/answers', async (route) => {
      if (refused++ > 0) return route.continue();
      await route.fulfill({
        status: 429,
        headers: { 'retry-after': '2', 'content-type': 'application/problem+json' },
        body: JSON.stringify({
          type: 'about:blank',
          title: 'Too Many Requests',
          status: 429,
          code: 'too_many_requests',
          detail: 'Too many requests: try again in 2 seconds.',
        }),
      });
    });

    await chooseAnswer(page, 'budget', '10k-50k');
    await page.locator('#save-state[data-state="offline"]').waitFor({ timeout: 10_000 });
    const pending = await storedItem(page, `assoradar.pending.${credentials.id}`);
    expect(JSON.parse(pending ?? '{}')).toEqual({ answers: { budget: '10k-50k' } });

    await waitUntilSaved(page, credentials.id, 20_000);
    expect(refused).toBe(2);
    expect(await savedAnswers(env.web.app, credentials)).toEqual({ budget: ['10k-50k'] });
    await context.close();
  });
});
