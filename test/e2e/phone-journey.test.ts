import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { answerVisibleQuestions } from './support/answer-visible-questions.js';
import { horizontalOverflow } from './support/horizontal-overflow.js';
import { paintedPixels } from './support/painted-pixels.js';
import { useBrowserAndApp } from './support/browser-and-app.js';
import { takeScreenshot } from './support/take-screenshot.js';
import { waitForNewPage } from './support/wait-for-new-page.js';
import { waitUntilSaved } from './support/wait-until-saved.js';
import { openFirstPlanItem } from './support/open-plan-item.js';

/** A small Android phone: the narrowest screen the issue asks for. */
const PHONE = {
  viewport: { width: 360, height: 740 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
  locale: 'fr-FR',
};

describe('the journey on a phone', () => {
  const env = useBrowserAndApp();

  test('when a volunteer goes from home to results on a 360 px phone, then every page fits its width and every tap works', async () => {
    const context = await env.browser.newContext(PHONE);
    const page = await context.newPage();
    const overflows: Record<string, string[]> = {};
    const checkWidth = async (name: string) => {
      const { scrollWidth, viewportWidth, offenders } = await horizontalOverflow(page);
      expect(viewportWidth).toBe(360);
      if (scrollWidth > 360) overflows[name] = [`document ${scrollWidth} px wide`, ...offenders];
    };
    const heading = (p: Page) => p.locator('#app h1').textContent();

    await page.goto(env.web.url);
    await page.locator('#app h1').waitFor();
    await checkWidth('home');
    await takeScreenshot(page, 'phone-home');

    await waitForNewPage(page, () =>
      page
        .locator('article.questionnaire[data-questionnaire="asso-numerique"] button.primary')
        .tap(),
    );
    const id = /#\/diagnostic\/([0-9a-f-]{36})\/0$/.exec(page.url())?.[1];
    expect(id).toBeDefined();
    expect(await heading(page)).toBe('Votre association');
    const next = page.locator('nav.step-nav button.primary');
    for (let step = 0; (await next.count()) > 0; step += 1) {
      await answerVisibleQuestions(page);
      await checkWidth(`step ${step}`);
      if (step < 2) await takeScreenshot(page, `phone-step-${step}`);
      await waitForNewPage(page, () => next.tap());
    }

    expect(await heading(page)).toBe('Vérifier avant d’envoyer');
    await waitUntilSaved(page, id!);
    await checkWidth('review');
    await takeScreenshot(page, 'phone-review');
    await waitForNewPage(page, () =>
      page.getByRole('button', { name: 'Envoyer et voir mes résultats' }).tap(),
    );

    expect(await heading(page)).toBe('Vos résultats');
    await expect
      .poll(() => paintedPixels(page.locator('.radar canvas')), { timeout: 10_000 })
      .toBeGreaterThan(5_000);
    await openFirstPlanItem(page, 'tap');
    await checkWidth('results');
    await takeScreenshot(page, 'phone-results');

    await context.close();
    expect(overflows).toEqual({});
  });
});
