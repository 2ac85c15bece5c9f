import { writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { addFacilitator } from './support/add-facilitator.js';
import { downloadFile } from './support/download-file.js';
import { horizontalOverflow } from './support/horizontal-overflow.js';
import { seriousViolations } from './support/serious-violations.js';
import { submittedResponse } from './support/submitted-response.js';
import { SCREENSHOTS_DIR, takeScreenshot } from './support/take-screenshot.js';
import { useBrowserAndApp } from './support/browser-and-app.js';
import { waitForNewPage } from './support/wait-for-new-page.js';

const PHONE = {
  viewport: { width: 360, height: 740 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
  locale: 'fr-FR',
  reducedMotion: 'reduce' as const,
};
const CENTRE = 'CRIB de la Gironde';
const ASSOCIATION = 'Les Amis du Vélo d’Été';

describe('sharing with a support centre', () => {
  const env = useBrowserAndApp();

  const portfolioNames = (page: Page) =>
    page.locator('table.portfolio tbody th a').allTextContents();

  test('when an association shares with the centre’s code, then the facilitator sees it in the portfolio, and once it withdraws, no longer', async () => {
    const account = await addFacilitator(env.web.app, {
      email: 'animatrice@crib-gironde.fr',
      password: 'un mot de passe assez long',
      displayName: CENTRE,
    });
    const found: Record<string, string[]> = {};
    const facilitator = await env.browser.newContext({ ...PHONE, acceptDownloads: true });
    const phone = await env.browser.newContext(PHONE);
    try {
      // The facilitator signs in on a phone and opens the portfolio from the header.
      const centrePage = await facilitator.newPage();
      await centrePage.goto(`${env.web.url}/#/animateur`);
      await centrePage.locator('#signin-email').fill(account.email);
      await centrePage.locator('#signin-password').fill(account.password);
      await waitForNewPage(centrePage, () =>
        centrePage.locator('.signin-form button[type="submit"]').click(),
      );
      await waitForNewPage(centrePage, () => centrePage.locator('#portfolio-link').click());
      expect(await centrePage.locator('#app h1').textContent()).toBe(
        'Portfolio des associations accompagnées',
      );
      const code = (await centrePage.locator('#share-code-value').getAttribute('data-code'))!;
      expect(code).toMatch(/^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{6}$/);
      expect(await centrePage.locator('#share-seen-as').textContent()).toContain(CENTRE);
      expect(await portfolioNames(centrePage)).toEqual([]);

      // The association, on its phone, opens its results and types the code as heard.
      const credentials = await submittedResponse(env.web.app, { associationName: ASSOCIATION });
      const page = await phone.newPage();
      await page.goto(`${env.web.url}/#/reprendre/${credentials.id}/${credentials.token}`);
      await page.locator('#share-code').waitFor({ timeout: 10_000 });
      // The list of centres comes with its own request, after the form: wait for its text.
      await page
        .locator('.share-list', { hasText: 'Vous ne partagez ce diagnostic avec aucun centre' })
        .waitFor({ timeout: 10_000 });
      await page.locator('#share-code').fill(`${code.slice(0, 3).toLowerCase()} ${code.slice(3)}`);
      await page.locator('.share-form button[type="submit"]').tap();
      await page.locator('#share-consent').waitFor();
      expect(await page.locator('.share-question').textContent()).toBe(
        `Partager avec «\u00a0${CENTRE}\u00a0»\u00a0?`,
      );
      expect(await page.locator('label[for="share-consent"]').textContent()).toContain(
        'pas le détail de nos réponses',
      );

      // Confirming without ticking the consent box shares nothing.
      await page.locator('.share-confirm button.primary').tap();
      expect(await page.locator('.share-status [role="alert"]').textContent()).toContain(
        'Cochez la case',
      );
      await page.locator('label[for="share-consent"]').tap();
      await takeScreenshot(page, 'share-consent-phone');
      await page.locator('section.share').screenshot({
        path: `${SCREENSHOTS_DIR}/share-consent-section-phone.png`,
      });
      found['consent'] = await seriousViolations(page);
      expect((await horizontalOverflow(page)).offenders).toEqual([]);
      await page.locator('.share-confirm button.primary').tap();
      await page.locator('.share-centres li').waitFor();
      expect(await page.locator('.share-centres li').textContent()).toContain(
        `Partagé avec «\u00a0${CENTRE}\u00a0»`,
      );
      await page.locator('section.share').screenshot({
        path: `${SCREENSHOTS_DIR}/share-shared-section-phone.png`,
      });

      // Its own plan: one action done, one planned (through the API: the plan page has its test).
      for (const [title, status] of [
        ['Mettre à jour le site', 'done'],
        ['Former le bureau à la visio', 'planned'],
      ]) {
        const added = await env.web.app.inject({
          method: 'POST',
          url: `/api/responses/${credentials.id}/plan/actions`,
          headers: { authorization: `Bearer ${credentials.token}` },
          payload: { title, status, owner: 'Claire', dueDate: '2027-03-31', cost: 'free' },
        });
        expect(added.statusCode).toBe(201);
      }

      // The facilitator sees the association, its level, and its results without its answers.
      await centrePage.reload();
      await centrePage.locator('table.portfolio').waitFor();
      expect(await portfolioNames(centrePage)).toEqual([ASSOCIATION]);
      expect(await centrePage.locator('table.portfolio tbody td').nth(1).textContent()).toBe(
        'premier diagnostic',
      );
      expect(await centrePage.locator('table.portfolio tbody td').nth(2).textContent()).toBe(
        '1 faite sur 2, 0 en cours',
      );
      await takeScreenshot(centrePage, 'portfolio-phone');
      expect((await horizontalOverflow(centrePage)).offenders).toEqual([]);
      found['portfolio'] = await seriousViolations(centrePage);
      const csv = await downloadFile(centrePage, 'portfolio-csv');
      expect(csv.content.toString('utf8')).toContain(ASSOCIATION);

      await waitForNewPage(centrePage, () =>
        centrePage.locator('table.portfolio tbody th a').click(),
      );
      expect(await centrePage.locator('#app h1').textContent()).toBe(
        `Résultats d’une association accompagnée — ${ASSOCIATION}`,
      );
      expect(await centrePage.locator('#app').textContent()).toContain(
        'pas le détail de ses réponses',
      );
      expect(await centrePage.locator('.owned-actions li').allTextContents()).toEqual([
        expect.stringMatching(
          /^Mettre à jour le site.*Qui : Claire · pour le 31 mars 2027 · Gratuit · Faite$/,
        ),
        expect.stringMatching(/^Former le bureau à la visio.*Prévue$/),
      ]);
      found['entry'] = await seriousViolations(centrePage);
      await takeScreenshot(centrePage, 'portfolio-entry-phone');
      await takeScreenshot(centrePage, 'portfolio-entry-phone-top', { fullPage: false });
      await centrePage.locator('section.owned-plan').screenshot({
        path: `${SCREENSHOTS_DIR}/portfolio-entry-owned-plan-phone.png`,
      });
      const pdf = await downloadFile(centrePage, 'portfolio-report');
      expect(pdf.content.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      writeFileSync(`${SCREENSHOTS_DIR}/portfolio-report.pdf`, pdf.content);

      // The association withdraws: the centre's portfolio no longer holds it, nor its page.
      await page.locator('.share-centres button.danger').tap();
      await page.locator('.share-list .meta').waitFor();
      expect(await page.locator('.share-status').textContent()).toContain('Partage retiré');
      await centrePage.goto(`${env.web.url}/#/animateur/portfolio`);
      await centrePage.locator('#share-code-value').waitFor();
      expect(await portfolioNames(centrePage)).toEqual([]);
      expect(await centrePage.locator('#app').textContent()).toContain(
        'Aucune association ne partage encore',
      );

      expect(found).toEqual({ consent: [], portfolio: [], entry: [] });
    } finally {
      await phone.close();
      await facilitator.close();
    }
  });
});
