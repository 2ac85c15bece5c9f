import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { answerVisibleQuestions } from './support/answer-visible-questions.js';
import { useBrowserAndApp } from './support/browser-and-app.js';
import { pageText } from './support/page-text.js';
import { startDiagnosis } from './support/start-diagnosis.js';
import { takeScreenshot } from './support/take-screenshot.js';
import { waitForNewPage } from './support/wait-for-new-page.js';
import { waitUntilSaved } from './support/wait-until-saved.js';

const WORDS = {
  fr: {
    locale: 'fr-FR',
    start: /^Commencer le diagnostic : /,
    review: 'Vérifier avant d’envoyer',
    edit: 'Modifier',
    submit: 'Envoyer et voir mes résultats',
  },
  en: {
    locale: 'en-GB',
    start: /^Start the check-up: /,
    review: 'Check before sending',
    edit: 'Change',
    submit: 'Send and see my results',
  },
} as const;

const SCREENS = [
  { name: 'phone', viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true },
  { name: 'desktop', viewport: { width: 1280, height: 800 }, isMobile: false, hasTouch: false },
] as const;

const CASES = SCREENS.flatMap((screen) =>
  (['fr', 'en'] as const).map((lang) => ({ ...screen, lang })),
);

/** A "(s)" plural, as in "question(s)": a count must say its own plural. */
const PATCHED_PLURAL = /\w\((s|es|x)\)/;

/** The page's getComputedStyle, typed without the DOM library (e2e code runs in Node). */
type StyleOf = { getComputedStyle(element: unknown): { outlineStyle: string; visibility: string } };

/** The controls the save status lies over, if it lies over any (it must not). */
function controlsUnder(page: Page, selector: string): Promise<string[]> {
  return page.locator(selector).evaluate((status) => {
    const box = status.getBoundingClientRect();
    if (
      box.width === 0 ||
      (globalThis as unknown as StyleOf).getComputedStyle(status).visibility === 'hidden'
    )
      return [];
    const controls = status.ownerDocument.querySelectorAll(
      '#app input, #app button, #app a, #app select, #app textarea, #app label, .site-header button',
    );
    return [...controls]
      .filter((control) => {
        const other = control.getBoundingClientRect();
        return (
          other.width > 0 &&
          other.left < box.right &&
          other.right > box.left &&
          other.top < box.bottom &&
          other.bottom > box.top
        );
      })
      .map((control) => `${control.tagName.toLowerCase()}#${control.id}`);
  });
}

describe('a calm journey, in words that read right', () => {
  const env = useBrowserAndApp();

  test.each(CASES)(
    'when a volunteer takes the diagnosis on a $name in $lang, then the resume link stays, the review lists the answers, the save status goes, and nothing reads wrong',
    async ({ name, lang, viewport, isMobile, hasTouch }) => {
      const words = WORDS[lang];
      const context = await env.browser.newContext({
        viewport,
        isMobile,
        hasTouch,
        locale: words.locale,
      });
      // Playwright's clock: time flows as usual, and "3 s later" is run at once.
      await context.clock.install();
      const page = await context.newPage();
      const consoleErrors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') consoleErrors.push(message.text());
      });
      page.on('pageerror', (error) => consoleErrors.push(error.message));
      const patched: Record<string, string> = {};
      const checkWords = async (where: string) => {
        const match = PATCHED_PLURAL.exec(await pageText(page));
        if (match) patched[where] = match[0];
      };
      const shot = (what: string, fullPage = true) =>
        takeScreenshot(page, `calm-${name}-${lang}-${what}`, { fullPage });

      // Home: each start button has its own name, the first is on the first screen, no version.
      await page.goto(env.web.url);
      await page.locator('#app h1').waitFor();
      const starts = page.getByRole('button', { name: words.start });
      expect(await starts.count()).toBe(2);
      const names = await starts.evaluateAll((buttons) =>
        buttons.map((button) => button.getAttribute('aria-label')),
      );
      expect(new Set(names).size).toBe(2);
      const firstStart = (await starts.first().boundingBox())!;
      expect(firstStart.y + firstStart.height).toBeLessThanOrEqual(viewport.height);
      expect(await page.locator('#app').innerText()).not.toMatch(/Version \d/);
      // The heading has the focus, without the ring that looked like a bug.
      const ring = await page
        .locator('#app h1')
        .evaluate(
          (h1) =>
            h1 === h1.ownerDocument.activeElement &&
            (globalThis as unknown as StyleOf).getComputedStyle(h1).outlineStyle,
        );
      expect(ring).toBe('none');
      await checkWords('home');
      await shot('home', false);

      const credentials = await startDiagnosis(page);
      expect(await page.locator('#resume-url').inputValue()).toContain(credentials.id);
      expect(await page.locator('#resume-mail').getAttribute('href')).toMatch(/^mailto:\?subject=/);

      // Each step answered; the status shows "saved", lies over no control, and is gone 3 s on.
      const next = page.locator('nav.step-nav button.primary');
      for (let step = 0; (await next.count()) > 0; step += 1) {
        // The step's questions first: answering before they are drawn would answer none.
        await page.locator('fieldset.question:not([hidden])').first().waitFor();
        await answerVisibleQuestions(page);
        if (step === 1) {
          await waitUntilSaved(page, credentials.id);
          expect(await controlsUnder(page, '#save-state')).toEqual([]);
          await shot('step-saved', false);
          await page.clock.fastForward(3_000);
          expect(await page.locator('#save-state').isVisible()).toBe(false);
        }
        await checkWords(`step ${step}`);
        await waitForNewPage(page, () => next.click());
      }

      // The review: every answer, and "Modifier" opens its question, focused.
      expect(await page.locator('#app h1').textContent()).toBe(words.review);
      const reviewUrl = page.url();
      const items = page.locator('.review-item');
      expect(await items.count()).toBeGreaterThan(10);
      expect(await page.locator('.review-item.unanswered').allInnerTexts()).toEqual([]);
      expect(await page.locator('#resume-url').isVisible()).toBe(true);
      await checkWords('review');
      await shot('review');
      const item = items.nth(5);
      const questionId = (await item.getAttribute('data-question'))!;
      await waitForNewPage(page, () => item.getByRole('link', { name: words.edit }).click());
      // The focus moves just after the step's heading took it: polled, not read at once.
      await expect
        .poll(() =>
          page.evaluate<string>(
            '(document.activeElement?.closest("fieldset")?.dataset.question) ?? ""',
          ),
        )
        .toBe(questionId);
      await waitForNewPage(page, () => page.goto(reviewUrl));
      await waitUntilSaved(page, credentials.id);

      // Results and plan keep the resume link.
      await waitForNewPage(page, () => page.getByRole('button', { name: words.submit }).click());
      await page.locator('#resume-url').waitFor();
      expect(await page.locator('#resume-url').inputValue()).toContain(credentials.id);
      await page.locator('.team-box').waitFor();
      // What to do first: one to three actions, each with why; every area its own words; the
      // rest of the plan folded by area.
      const firsts = page.locator('.first-actions-list > li');
      expect(await firsts.count()).toBeGreaterThanOrEqual(1);
      expect(await firsts.count()).toBeLessThanOrEqual(3);
      expect(await firsts.locator('.first-why').count()).toBe(await firsts.count());
      const levelTexts = await page.locator('.area-level-text').allInnerTexts();
      expect(levelTexts.length).toBeGreaterThan(2);
      expect(new Set(levelTexts).size).toBe(levelTexts.length);
      const folds = page.locator('details.plan-area');
      expect(await folds.count()).toBeGreaterThan(1);
      expect(await page.locator('details.plan-area[open]').count()).toBe(0);
      await checkWords('results');
      await shot('results');
      await waitForNewPage(page, () => page.locator('#plan-link').click());
      expect(await page.locator('#resume-url').isVisible()).toBe(true);
      // Nothing chosen yet: the weakest areas are offered, and one tap takes them.
      await page.locator('#take-suggestion').click();
      await expect
        .poll(() => page.locator('input[name="priorities"]:checked').count())
        .toBeGreaterThan(0);
      await checkWords('plan');
      await shot('plan');

      expect(patched).toEqual({});
      expect(consoleErrors).toEqual([]);
      await context.close();
    },
  );
});
