import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { addFacilitator } from './support/add-facilitator.js';
import { useBrowserAndApp } from './support/browser-and-app.js';
import { submittedResponse } from './support/submitted-response.js';

/** Collects the page's Content-Security-Policy violations from the first script on. */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  // Given as source text: the tests' TypeScript has no DOM types.
  await page.addInitScript({
    content: `window.cspViolations = [];
      document.addEventListener('securitypolicyviolation', (event) => {
        window.cspViolations.push(event.violatedDirective + ' ' + event.blockedURI);
      });`,
  });
  return () => page.evaluate('window.cspViolations') as Promise<string[]>;
}

/**
 * The strict policy (own scripts and styles only, no inline style attribute, no outside origin)
 * must cost the pages nothing: a violation would mean a broken chart, bar or button.
 */
describe('the Content-Security-Policy', () => {
  const env = useBrowserAndApp();

  test('when a volunteer goes from home to the diagnosis and to results, then nothing is refused', async () => {
    const context = await env.browser.newContext({ locale: 'fr-FR' });
    const page = await context.newPage();
    const violations = await watchViolations(page);
    const response = await page.goto(env.web.url);
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    await page
      .getByRole('button', { name: /Commencer/ })
      .first()
      .click();
    await page.getByRole('heading', { name: 'Votre association' }).first().waitFor();
    const { id, token } = await submittedResponse(env.web.app);
    await page.goto(`${env.web.url}/#/reprendre/${id}/${token}`);
    // A submitted response's resume link opens its results.

    await page.getByRole('heading', { name: 'Vos résultats' }).waitFor();
    await page.locator('canvas').first().waitFor();

    expect(await violations()).toEqual([]);
    // The watch itself works: an inline style attribute is refused and reported.
    await page.evaluate(`(() => {
      const probe = document.createElement('div');
      probe.setAttribute('style', 'color: red');
      document.body.append(probe);
    })()`);
    await expect.poll(violations).toEqual([expect.stringMatching(/^style-src-attr/)]);
    await context.close();
  });

  test('when a facilitator opens a workshop dashboard, then nothing is refused', async () => {
    const account = await addFacilitator(env.web.app);
    const workshop = await env.web.app.useCases.createWorkshop({
      facilitatorId: account.id!,
      title: 'Atelier',
      date: '2026-11-26',
      questionnaireId: 'asso-numerique',
    });
    const context = await env.browser.newContext({ locale: 'fr-FR' });
    const page = await context.newPage();
    const violations = await watchViolations(page);
    await page.goto(`${env.web.url}/#/animateur`);
    await page.getByLabel('Adresse e-mail').fill(account.email);
    await page.getByLabel('Mot de passe').fill(account.password);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.getByRole('link', { name: 'Atelier' }).click();
    await page.getByText(workshop.joinCode.slice(0, 3)).first().waitFor();
    await page.locator('img.join-qr').waitFor();
    // The QR code is an image of the app's own API: allowed, and drawn.
    expect(
      await page
        .locator('img.join-qr')
        .evaluate((img: { naturalWidth: number }) => img.naturalWidth),
    ).toBeGreaterThan(0);

    expect(await violations()).toEqual([]);
    await context.close();
  });
});
