import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { answerVisibleQuestions } from './support/answer-visible-questions.js';
import { frenchOnlyUiStrings, frenchUiStringsIn } from './support/french-only-ui-strings.js';
import { paintedPixels } from './support/painted-pixels.js';
import { pageText } from './support/page-text.js';
import { startDiagnosis } from './support/start-diagnosis.js';
import { useBrowserAndApp } from './support/browser-and-app.js';
import { takeScreenshot } from './support/take-screenshot.js';
import { waitForNewPage } from './support/wait-for-new-page.js';
import { waitUntilSaved } from './support/wait-until-saved.js';

const FRENCH = frenchOnlyUiStrings();

describe('the journey in English', () => {
  const env = useBrowserAndApp();

  const heading = (page: Page) => page.locator('#app h1').textContent();
  const frenchOn = async (page: Page) => {
    const text = await pageText(page);
    return frenchUiStringsIn(text, FRENCH);
  };

  test('when the volunteer switches to English on the home page, then no page of the journey shows French UI text', async () => {
    // The list is the catalogue's, not a copy: check it holds what a reader would notice.
    expect(FRENCH).toEqual(
      expect.arrayContaining([
        'Étape',
        'Suivant',
        'Précédent',
        'facultatif',
        'Vos résultats',
        'Votre plan d’action',
      ]),
    );
    // A French-speaking browser: English is the volunteer's choice, not the default.
    const context = await env.browser.newContext({
      viewport: { width: 1280, height: 900 },
      locale: 'fr-FR',
    });
    const page = await context.newPage();
    await page.goto(env.web.url);
    await page.locator('#app h1').waitFor();
    expect(await heading(page)).toBe('Où en est votre association avec le numérique ?');

    await waitForNewPage(page, () =>
      page.locator('#lang-switch').getByRole('button', { name: 'English' }).click(),
    );
    expect(await heading(page)).toBe('How digital is your association?');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.locator('#lang-switch button[aria-pressed="true"]').textContent()).toBe(
      'English',
    );
    expect(await frenchOn(page), 'home').toEqual([]);
    await takeScreenshot(page, 'en-home');

    const credentials = await startDiagnosis(page);
    expect(await heading(page)).toBe('Your association');
    const nav = page.locator('nav.step-nav');
    const next = nav.getByRole('button', { name: 'Next' });
    const send = page.getByRole('button', { name: 'Send and see my results' });

    // The first step answered (the save status in English), the others passed through.
    await answerVisibleQuestions(page);
    await waitUntilSaved(page, credentials.id);
    expect(await page.locator('#save-state').textContent()).toBe('Answers saved');
    expect(await frenchOn(page), 'first step').toEqual([]);
    await takeScreenshot(page, 'en-step-0');
    while ((await next.count()) > 0) {
      await waitForNewPage(page, () => next.click());
      expect(await frenchOn(page), page.url()).toEqual([]);
    }
    await waitForNewPage(page, () => nav.getByRole('button', { name: 'Check and send' }).click());

    // The review points at the unanswered questions, and sending refuses, in English.
    expect(await heading(page)).toBe('Check before sending');
    const missing = page.locator('.review-item.unanswered a');
    expect(await missing.count()).toBeGreaterThan(0);
    await send.click();
    await page.locator('#app [role="alert"]').waitFor();
    expect(await frenchOn(page), 'review with unanswered questions').toEqual([]);
    await takeScreenshot(page, 'en-review-missing');

    // Follow the first missing question and answer everything from there on.
    await waitForNewPage(page, () => missing.first().click());
    while ((await next.count()) > 0) {
      await answerVisibleQuestions(page);
      await waitForNewPage(page, () => next.click());
    }
    await answerVisibleQuestions(page);
    await waitForNewPage(page, () => nav.getByRole('button', { name: 'Check and send' }).click());
    expect(await heading(page)).toBe('Check before sending');
    expect(await missing.count()).toBe(0);
    expect(await frenchOn(page), 'review').toEqual([]);
    await takeScreenshot(page, 'en-review');

    await waitForNewPage(page, () => send.click());
    expect(await heading(page)).toBe('Your results');
    await expect
      .poll(() => paintedPixels(page.locator('.radar canvas')), { timeout: 10_000 })
      .toBeGreaterThan(5_000);
    expect(await frenchOn(page), 'results').toEqual([]);
    await takeScreenshot(page, 'en-results');
    await context.close();
  });
});
