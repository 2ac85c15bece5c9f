import type { Page, Request } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { respondentApi } from '../support/respondent-api.js';
import { downloadReport } from './support/download-report.js';
import { frenchUiStringsIn } from './support/french-only-ui-strings.js';
import { horizontalOverflow } from './support/horizontal-overflow.js';
import { pageText } from './support/page-text.js';
import { pdfText } from './support/pdf-text.js';
import { seriousViolations } from './support/serious-violations.js';
import type { Credentials } from './support/start-diagnosis.js';
import { submittedResponse } from './support/submitted-response.js';
import { useBrowserAndApp } from './support/browser-and-app.js';
import { takeScreenshot } from './support/take-screenshot.js';

const REPORT_ROUTE = '**/api/responses/*/report.pdf*';
/** A long name, as many are: it must wrap on a phone, not push the page sideways. */
const LONG_NAME =
  'Association sportive et culturelle des Amis du Vélo d’Été de Saint-Rémy-de-Provence';

const isPdf = (content: Buffer) => content.subarray(0, 5).toString('latin1') === '%PDF-';

describe('the PDF report', () => {
  const env = useBrowserAndApp();

  /** Opens the results through the resume link, as a volunteer coming back would. */
  const openResults = async (page: Page, { id, token }: Credentials) => {
    await page.goto(`${env.web.url}/#/reprendre/${id}/${token}`);
    await page.locator('#report-download').waitFor({ timeout: 10_000 });
    expect(page.url()).toBe(`${env.web.url}/#/resultats/${id}`);
  };
  const focusedId = (page: Page) => page.evaluate<string>('document.activeElement?.id ?? ""');
  const problem = (page: Page) => page.locator('.report-problem [role="alert"]');

  test('when a volunteer downloads it with the keyboard in English, then the button says it is busy and keeps the focus, the English report is asked for with the token, and the browser saves a PDF', async () => {
    const context = await env.browser.newContext({
      viewport: { width: 1280, height: 900 },
      locale: 'en-GB',
    });
    const page = await context.newPage();
    const credentials = await submittedResponse(env.web.app, { locale: 'fr' });
    await openResults(page, credentials);
    const button = page.locator('#report-download');
    expect(await button.textContent()).toBe('Download the PDF report');

    // The report is held back until the busy state has been seen.
    const asked: Request[] = [];
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(REPORT_ROUTE, async (route) => {
      asked.push(route.request());
      await held;
      await route.continue();
    });

    await button.focus();
    const report = await downloadReport(page, async () => {
      await page.keyboard.press('Enter');
      await page.locator('#report-download[aria-disabled="true"]').waitFor();
      expect(await button.textContent()).toBe('Preparing the report…');
      expect(await focusedId(page)).toBe('report-download');
      // A second press while it comes asks for nothing more.
      await page.keyboard.press('Enter');
      release();
    });

    expect(asked).toHaveLength(1);
    const request = asked[0]!;
    expect(new URL(request.url()).searchParams.get('lang')).toBe('en');
    expect(await request.headerValue('authorization')).toBe(`Bearer ${credentials.token}`);
    expect(report.fileName).toMatch(/\.pdf$/);
    expect(isPdf(report.content)).toBe(true);
    expect(report.content.length).toBeGreaterThan(5_000);
    // In the language of the page, though the diagnosis was started in French.
    const { title } = (
      await env.web.app.inject({ method: 'GET', url: '/api/questionnaires/asso-numerique' })
    ).json<{ title: { en: string } }>();
    expect(await pdfText(report.content)).toContain(title.en);

    await page.locator('#report-download:not([aria-disabled])').waitFor();
    expect(await button.textContent()).toBe('Download the PDF report');
    expect(await focusedId(page)).toBe('report-download');
    expect(await page.locator('#status').textContent()).toBe(
      `Report downloaded: ${report.fileName}`,
    );
    const text = await pageText(page);
    expect(frenchUiStringsIn(text)).toEqual([]);
    await context.close();
  });

  test('when the server cannot be reached or answers an error, then the page says so in words next to the button, and a later try downloads the report', async () => {
    const context = await env.browser.newContext({
      viewport: { width: 1280, height: 900 },
      locale: 'fr-FR',
      reducedMotion: 'reduce',
    });
    const page = await context.newPage();
    const credentials = await submittedResponse(env.web.app);
    await openResults(page, credentials);
    const button = page.locator('#report-download');
    let downloads = 0;
    page.on('download', () => (downloads += 1));
    const failWith = async (answer: Parameters<Page['route']>[1]) => {
      await page.unrouteAll();
      await page.route(REPORT_ROUTE, answer);
      await button.click();
      await problem(page).waitFor();
      await page.locator('#report-download:not([aria-disabled])').waitFor();
      return problem(page).textContent();
    };

    expect(await failWith((route) => route.abort('internetdisconnected'))).toBe(
      'Le rapport n’a pas pu être téléchargé : le serveur ne répond pas. Vérifiez votre connexion puis réessayez.',
    );
    expect(await button.textContent()).toBe('Télécharger le rapport PDF');
    expect(await focusedId(page)).toBe('report-download');
    await takeScreenshot(page, 'report-unreachable', { fullPage: false });
    const violations = await seriousViolations(page);

    expect(
      await failWith((route) =>
        route.fulfill({
          status: 500,
          contentType: 'application/problem+json',
          body: JSON.stringify({
            type: 'about:blank',
            title: 'Internal Server Error',
            status: 500,
          }),
        }),
      ),
    ).toBe(
      'Le rapport n’a pas pu être préparé. Réessayez dans un instant. (Détail : Internal Server Error)',
    );
    // A page that is not a PDF (a proxy's, say) is not saved as one.
    expect(
      await failWith((route) =>
        route.fulfill({ status: 200, contentType: 'text/html', body: '<p>Proxy</p>' }),
      ),
    ).toMatch(/^Le rapport n’a pas pu être préparé/);
    expect(downloads).toBe(0);

    // Back to the real server: the message goes, the report comes.
    await page.unrouteAll();
    const report = await downloadReport(page);
    expect(isPdf(report.content)).toBe(true);
    expect(await problem(page).count()).toBe(0);

    // Erased meanwhile (from another device, say): the server no longer knows it.
    expect(
      (await respondentApi(env.web.app).remove(credentials.id, credentials.token)).statusCode,
    ).toBe(204);
    await button.click();
    await problem(page).waitFor();
    expect(await problem(page).textContent()).toBe(
      'Le rapport n’a pas pu être téléchargé : ce diagnostic est introuvable. Il a peut-être été supprimé.',
    );
    expect(downloads).toBe(1);
    await context.close();
    expect(violations).toEqual([]);
  });

  test('when the results are opened on a 360 px phone and on a 1280 px screen, then the name and the button fit, and a tap downloads the report', async () => {
    const credentials = await submittedResponse(env.web.app, { associationName: LONG_NAME });
    const screens = {
      phone: {
        viewport: { width: 360, height: 740 },
        deviceScaleFactor: 2,
        isMobile: true,
        hasTouch: true,
      },
      desktop: { viewport: { width: 1280, height: 900 } },
    };
    for (const [name, screen] of Object.entries(screens)) {
      const context = await env.browser.newContext({
        ...screen,
        locale: 'fr-FR',
        reducedMotion: 'reduce',
      });
      const page = await context.newPage();
      await openResults(page, credentials);
      expect(await page.locator('#app h1').textContent()).toBe(`Vos résultats — ${LONG_NAME}`);
      const { scrollWidth, viewportWidth, offenders } = await horizontalOverflow(page);
      expect(scrollWidth, `${name}: ${offenders.join(', ')}`).toBeLessThanOrEqual(viewportWidth);
      // Above the fold: the first thing to do with the results, on any screen.
      const box = (await page.locator('#report-download').boundingBox())!;
      expect(box.y + box.height, name).toBeLessThanOrEqual(screen.viewport.height);
      expect(box.height, name).toBeGreaterThanOrEqual(44);
      await takeScreenshot(page, `report-button-${name}`, { fullPage: false });

      const button = page.locator('#report-download');
      const report = await downloadReport(page, () =>
        name === 'phone' ? button.tap() : button.click(),
      );
      expect(isPdf(report.content), name).toBe(true);
      await context.close();
    }
  });
});
