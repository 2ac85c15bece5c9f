import { writeFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { respondentApi } from '../support/respondent-api.js';
import { useBrowserAndApp } from './support/browser-and-app.js';
import { downloadReport } from './support/download-report.js';
import { horizontalOverflow } from './support/horizontal-overflow.js';
import { paintedPixels } from './support/painted-pixels.js';
import { pdfText } from './support/pdf-text.js';
import { submitThroughApi } from './support/submit-through-api.js';
import { SCREENSHOTS_DIR, takeScreenshot } from './support/take-screenshot.js';

/** The ink of the radar's second, dashed polygon (web/src/components/radar-chart.ts). */
const COMPARISON_INK: [number, number, number] = [0x8a, 0x4b, 0x00];

describe('taking the diagnosis again a year later', () => {
  const env = useBrowserAndApp();

  test('when a volunteer takes a submitted diagnosis again, then it starts from the earlier answers and, once sent, the results and the PDF show the progress', async () => {
    const api = respondentApi(env.web.app);
    const first = await api.started({ questionnaireId: 'asso-numerique' });
    await submitThroughApi(env.web.app, first, 'low');
    const context = await env.browser.newContext({
      viewport: { width: 390, height: 844 },
      locale: 'fr-FR',
      reducedMotion: 'reduce',
      acceptDownloads: true,
    });
    const page = await context.newPage();
    await page.goto(`${env.web.url}/#/reprendre/${first.id}/${first.token}`);
    await page.locator('#history-title').waitFor({ timeout: 10_000 });
    // A first diagnosis: no progress yet, one button to take it again.
    expect(await page.locator('#progress-title').count()).toBe(0);

    await page.getByRole('button', { name: 'Refaire le diagnostic' }).click();

    await page.waitForURL(/#\/diagnostic\/[0-9a-f-]{36}\/0$/);
    const againId = /#\/diagnostic\/([0-9a-f-]{36})\//.exec(page.url())![1]!;
    expect(againId).not.toBe(first.id);
    await expect
      .poll(() => page.locator('.notice').textContent())
      .toMatch(/^Vos réponses du diagnostic du \d+ \S+ \d{4} sont reprises comme point de départ/);
    await takeScreenshot(page, 'take-again-1-carried-over');
    // The same version: every earlier answer is the starting point, under the same key.
    const read = async (id: string) =>
      (await api.get(id, first.token)).json<{ answers: object; status: string }>();
    const earlier = await read(first.id);
    const draft = await read(againId);
    expect(draft.status).toBe('draft');
    expect(draft.answers).toEqual(earlier.answers);

    // A year of work later: the association answers at the high end, then opens its results.
    await submitThroughApi(env.web.app, { id: againId, token: first.token }, 'high');
    await page.goto(`${env.web.url}/#/resultats/${againId}`);
    await page.locator('#progress-title').waitFor({ timeout: 10_000 });

    expect(await page.locator('#progress-title').textContent()).toMatch(
      /^Vos progrès depuis le \d+ \S+ \d{4}$/,
    );
    expect(await page.locator('.overall-change').textContent()).toMatch(
      /^Indice global : [\d,]+ → [\d,]+ \(\+[\d,]+ pts\)$/,
    );
    const rows = page.locator('.progress-table tbody tr');
    expect(await rows.count()).toBeGreaterThan(3);
    expect(await page.locator('.progress-table tbody tr.gained').count()).toBeGreaterThan(0);
    // Both polygons: the earlier diagnosis is the dashed one.
    await expect
      .poll(() => paintedPixels(page.locator('.radar canvas'), COMPARISON_INK))
      .toBeGreaterThan(200);
    expect(await page.locator('.chain li').allTextContents()).toEqual([
      expect.stringMatching(/^Envoyé le .+ — indice [\d,]+$/),
      expect.stringMatching(/^Envoyé le .+ — indice [\d,]+ \(celui-ci\)$/),
    ]);
    expect((await horizontalOverflow(page)).offenders).toEqual([]);
    await takeScreenshot(page, 'take-again-2-progress');
    await page
      .locator('.card.progress')
      .screenshot({ path: `${SCREENSHOTS_DIR}/take-again-3-progress-table.png` });
    await page
      .locator('.card.history')
      .screenshot({ path: `${SCREENSHOTS_DIR}/take-again-4-history.png` });

    const report = await downloadReport(page);
    writeFileSync(`${SCREENSHOTS_DIR}/take-again-report.pdf`, report.content);
    const text = await pdfText(report.content);
    expect(text).toContain('Vos progrès');
    expect(text).toMatch(/Diagnostic du \d+ \S+ \d{4}/);

    // The earlier diagnosis, from the list: it says a newer one exists and leads back to it.
    await page.locator('.chain li button').click();
    await page.getByText('Ce diagnostic n’est pas le plus récent de votre association.').waitFor();
    expect(await page.locator('#progress-title').count()).toBe(0);
    await page.getByRole('button', { name: 'Ouvrir le plus récent' }).click();
    await page.locator('#progress-title').waitFor();
    expect(page.url()).toContain(`#/resultats/${againId}`);
    await context.close();
  });
});
