import { describe, expect, test } from 'vitest';
import { useBrowserAndApp } from './support/browser-and-app.js';
import { horizontalOverflow } from './support/horizontal-overflow.js';
import { seriousViolations } from './support/serious-violations.js';
import { takeScreenshot } from './support/take-screenshot.js';
import { waitForNewPage } from './support/wait-for-new-page.js';

const SCREENS = [
  { name: 'phone-fr', locale: 'fr-FR', viewport: { width: 360, height: 740 }, isMobile: true },
  { name: 'desktop-en', locale: 'en-GB', viewport: { width: 1280, height: 900 }, isMobile: false },
] as const;
const WORDS = {
  'fr-FR': {
    link: 'Accessibilité : partiellement conforme',
    title: 'Déclaration d’accessibilité',
    data: 'Vos données',
    retention: 'effacé après 180 jours sans modification',
  },
  'en-GB': {
    link: 'Accessibility: partially compliant',
    title: 'Accessibility statement',
    data: 'Your data',
    retention: 'erased after 180 days without a change',
  },
};

describe('the accessibility statement and the data page', () => {
  const env = useBrowserAndApp();

  for (const screen of SCREENS) {
    test(`when a visitor follows the footer's accessibility link (${screen.name}), then the statement opens in their language, fits the screen and axe finds no serious violation; so does the data page beside it`, async () => {
      const context = await env.browser.newContext({
        viewport: screen.viewport,
        isMobile: screen.isMobile,
        hasTouch: screen.isMobile,
        locale: screen.locale,
        reducedMotion: 'reduce',
      });
      const page = await context.newPage();
      await page.goto(env.web.url);
      await page.locator('#app h1').waitFor();
      const words = WORDS[screen.locale];
      const link = page.locator('footer a#accessibility-link');
      expect(await link.textContent()).toBe(words.link);
      // Beside the facilitator's link and the data page's, in the footer of every page.
      expect(await page.locator('footer .footer-links a').count()).toBeGreaterThanOrEqual(3);

      await waitForNewPage(page, () => link.click());
      expect(page.url()).toBe(`${env.web.url}/#/accessibilite`);
      expect(await page.locator('#app h1').textContent()).toBe(words.title);
      expect(await page.locator('#app h2').count()).toBe(9);
      const { scrollWidth, offenders } = await horizontalOverflow(page);
      expect(scrollWidth, offenders.join(', ')).toBeLessThanOrEqual(screen.viewport.width);
      expect(await seriousViolations(page)).toEqual([]);
      await takeScreenshot(page, `accessibility-statement-${screen.name}`);

      const dataLink = page.locator('footer a#data-link');
      expect(await dataLink.textContent()).toBe(words.data);
      await waitForNewPage(page, () => dataLink.click());
      expect(page.url()).toBe(`${env.web.url}/#/donnees`);
      expect(await page.locator('#app h1').textContent()).toBe(words.data);
      expect(await page.locator('#app h2').count()).toBe(6);
      // This instance's own retention (the default here), read from the server.
      await expect
        .poll(() => page.locator('#data-duration + p').textContent())
        .toContain(words.retention);
      const data = await horizontalOverflow(page);
      expect(data.scrollWidth, data.offenders.join(', ')).toBeLessThanOrEqual(
        screen.viewport.width,
      );
      expect(await seriousViolations(page)).toEqual([]);
      await takeScreenshot(page, `data-page-${screen.name}`);
      await waitForNewPage(page, () => link.click());

      // The other language from the switch: the statement and the footer follow.
      const other = screen.locale === 'fr-FR' ? 'en-GB' : 'fr-FR';
      await page.locator(`#lang-switch button[lang="${other.slice(0, 2)}"]`).click();
      await expect.poll(() => page.locator('#app h1').textContent()).toBe(WORDS[other].title);
      // The footer is written by an effect after the page's render: polled too, not read at once.
      await expect.poll(() => link.textContent()).toBe(WORDS[other].link);
      await context.close();
    });
  }
});
