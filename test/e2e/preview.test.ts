import SQLite from 'better-sqlite3';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { addFacilitator } from './support/add-facilitator.js';
import { frenchUiStringsIn } from './support/french-only-ui-strings.js';
import { pageText } from './support/page-text.js';
import { paintedPixels } from './support/painted-pixels.js';
import { useBrowserAndApp } from './support/browser-and-app.js';
import { takeScreenshot } from './support/take-screenshot.js';

const PHONE = {
  viewport: { width: 360, height: 740 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
  locale: 'fr-FR',
  reducedMotion: 'reduce' as const,
};
/** The profile polygon's ink (web/src/components/radar-chart.ts). */
const PROFILE_INK: [number, number, number] = [0x1d, 0x4f, 0x91];

describe('the questionnaire preview', () => {
  const env = useBrowserAndApp();

  const overallScore = (page: Page) =>
    page.locator('#preview-results .overall-score').textContent();
  const radar = (page: Page) => page.locator('#preview-results .radar canvas');
  /** The recommendations the plan holds with the answers clicked so far. */
  const plannedIds = (page: Page) =>
    page
      .locator('[data-recommendation]:has(.preview-badge.in-plan)')
      .evaluateAll((items) => items.map((item) => item.getAttribute('data-recommendation')));
  /**
   * Clicks the picked choice of every shown question (the whole questionnaire is one page here,
   * longer than a diagnosis step), then of the follow-up questions those answers reveal.
   */
  const answerAll = async (page: Page, pick: (count: number) => number) => {
    const done = new Set<string>();
    const shown = page.locator('.preview-questions fieldset.question:not(.preview-skipped)');
    for (let round = 0; round < 5; round += 1) {
      const ids = (await shown.evaluateAll((fields) =>
        fields.map((field) => field.getAttribute('data-question')),
      )) as string[];
      const fresh = ids.filter((id) => !done.has(id));
      if (fresh.length === 0) return;
      for (const id of fresh) {
        const choices = page.locator(`fieldset.question[data-question="${id}"] label.choice`);
        await choices.nth(pick(await choices.count())).click();
        done.add(id);
      }
    }
  };

  test('when a facilitator clicks answers in the preview of asso-numerique, then the scores, the radar and the plan change, and nothing is sent or stored', async () => {
    const account = await addFacilitator(env.web.app);
    const context = await env.browser.newContext(PHONE);
    const page = await context.newPage();
    // The radar redrawn at each click must cost the strict Content-Security-Policy nothing.
    await page.addInitScript({
      content: `window.cspViolations = [];
        document.addEventListener('securitypolicyviolation', (event) => {
          window.cspViolations.push(event.violatedDirective + ' ' + event.blockedURI);
        });`,
    });
    const writes: string[] = [];
    page.on('request', (request) => {
      if (request.method() !== 'GET') writes.push(`${request.method()} ${request.url()}`);
    });
    await page.goto(`${env.web.url}/#/animateur`);
    await page.locator('#signin-email').fill(account.email);
    await page.locator('#signin-password').fill(account.password);
    await page.locator('.signin-form button[type="submit"]').click();
    await page.locator('#preview-link').click();
    await page
      .locator('[data-questionnaire="asso-numerique"] a', { hasText: '1.0.0' })
      .first()
      .click();
    await page.locator('.preview-questions fieldset.question').first().waitFor();
    const signInWrites = writes.length; // the sign-in form's POST

    expect(await overallScore(page)).toMatch(/^Indice global\s:\spas assez de réponses$/);
    // Every question is on the page with its points, every recommendation with its trigger.
    expect(await page.locator('.preview-points').first().textContent()).toMatch(/pt/);
    expect(await page.locator('[data-recommendation]').count()).toBeGreaterThan(5);
    expect(await page.locator('[data-recommendation] p').first().textContent()).toBeTruthy();

    await takeScreenshot(page, 'preview-phone-top', { fullPage: false });
    // A conditional question is on the page too, dimmed while its condition does not hold.
    const skipped = page.locator('fieldset.preview-skipped').first();
    expect(await skipped.locator('.preview-condition').textContent()).toMatch(
      /^Posée seulement si la réponse à «\u00a0.+\u00a0» est .+ \(pas posée avec ces réponses/,
    );
    await skipped.scrollIntoViewIfNeeded();
    await takeScreenshot(page, 'preview-phone-condition', { fullPage: false });

    // The first choice everywhere: mostly "no", the lowest answers.
    await answerAll(page, () => 0);
    const low = await overallScore(page);
    expect(low).toMatch(/^Indice global\s:\s\d/);
    const lowInk = await paintedPixels(radar(page), PROFILE_INK);
    const lowPlan = await plannedIds(page);

    // The second choice of every question shown: better answers (and their follow-ups).
    await answerAll(page, (count) => Math.min(1, count - 1));

    const high = await overallScore(page);
    expect(high).not.toBe(low);
    expect(Number(/(\d+(,\d)?)/.exec(high!)![1]!.replace(',', '.'))).toBeGreaterThan(
      Number(/(\d+(,\d)?)/.exec(low!)![1]!.replace(',', '.')),
    );
    // The radar is drawn again, its polygon larger; other answers make another plan.
    await expect.poll(() => paintedPixels(radar(page), PROFILE_INK)).toBeGreaterThan(lowInk);
    expect(await plannedIds(page)).not.toEqual(lowPlan);
    // Said to screen readers, and kept in sight at the bottom of the screen while answering.
    expect(await page.locator('#preview-live').textContent()).toBe(high);
    await takeScreenshot(page, 'preview-phone', { fullPage: false });
    await page.locator('#preview-results .radar').scrollIntoViewIfNeeded();
    await takeScreenshot(page, 'preview-phone-results', { fullPage: false });

    expect(writes.length).toBe(signInWrites);
    expect(await page.evaluate('window.cspViolations')).toEqual([]);
    const database = new SQLite(env.web.databaseFile, { readonly: true });
    try {
      const { count } = database.prepare('select count(*) as count from responses').get() as {
        count: number;
      };
      expect(count).toBe(0);
    } finally {
      database.close();
    }
    await context.close();
  });

  test('when an English-speaking facilitator opens the preview, then the list and the page speak English, conditions and triggers included', async () => {
    const account = await addFacilitator(env.web.app);
    const context = await env.browser.newContext({ ...PHONE, locale: 'en-GB' });
    const page = await context.newPage();
    await page.goto(`${env.web.url}/#/animateur`);
    await page.locator('#signin-email').fill(account.email);
    await page.locator('#signin-password').fill(account.password);
    await page.locator('.signin-form button[type="submit"]').click();
    await page.locator('#preview-link').click();
    await page.locator('[data-questionnaire="asso-numerique"]').waitFor();
    expect(frenchUiStringsIn(await pageText(page))).toEqual([]);

    await page.locator('[data-questionnaire="asso-numerique"] a').first().click();
    await page.locator('.preview-questions fieldset.question').first().waitFor();

    expect(await page.locator('h1').first().textContent()).toMatch(/^Preview: /);
    expect(await page.locator('.preview-condition').first().textContent()).toMatch(
      /^Asked only if the answer to “.+” is .+ \(not asked with these answers/,
    );
    expect(await page.locator('[data-recommendation] p').nth(1).textContent()).toMatch(
      /^Proposed when /,
    );
    expect(frenchUiStringsIn(await pageText(page))).toEqual([]);
    await context.close();
  });
});
