import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { savedAnswers } from './support/saved-answers.js';
import type { Credentials } from './support/start-diagnosis.js';
import { useBrowserAndApp } from './support/browser-and-app.js';
import { storedItem } from './support/stored-item.js';
import { waitForNewPage } from './support/wait-for-new-page.js';
import { waitUntilSaved } from './support/wait-until-saved.js';

describe('the keyboard alone', () => {
  const env = useBrowserAndApp();

  /** The focused element, as "TAG text" (or "TAG#id" for an input). */
  const focused = (page: Page) =>
    page.evaluate<string>(
      `(() => { const e = document.activeElement; return e.tagName + (e.id ? '#' + e.id : ' ' + e.textContent.trim()); })()`,
    );
  const tabUntil = async (page: Page, wanted: string) => {
    for (let presses = 0; presses < 80; presses += 1) {
      await page.keyboard.press('Tab');
      if ((await focused(page)) === wanted) return;
    }
    throw new Error(`Tab never reached ${wanted}`);
  };

  test('when a volunteer uses only the keyboard, then they start, answer and move on, and focus lands on each new heading', async () => {
    const context = await env.browser.newContext({
      viewport: { width: 1280, height: 900 },
      locale: 'fr-FR',
    });
    const page = await context.newPage();
    await page.goto(env.web.url);
    await page.locator('#app h1').waitFor();

    await tabUntil(page, 'BUTTON Commencer le diagnostic');
    await waitForNewPage(page, () => page.keyboard.press('Enter'));
    expect(await focused(page)).toBe('H1 Votre association');

    // Into the first question's choices, tick one, then move within the group with the arrows.
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('INPUT#budget--0');
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowDown');
    expect(await page.locator('#budget--1').isChecked()).toBe(true);
    expect(await page.locator('#budget--0').isChecked()).toBe(false);

    await tabUntil(page, 'BUTTON Suivant');
    await waitForNewPage(page, () => page.keyboard.press('Enter'));
    expect(await focused(page)).toBe('H1 Stratégie et gouvernance numérique');

    const credentials = JSON.parse((await storedItem(page, 'assoradar.current'))!) as Credentials;
    await waitUntilSaved(page, credentials.id);
    expect(await savedAnswers(env.web.app, credentials)).toEqual({ budget: ['10k-50k'] });
    await context.close();
  });
});
