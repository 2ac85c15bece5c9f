import { describe, expect, test } from 'vitest';
import { respondentApi } from '../support/respondent-api.js';
import { useBrowserAndApp } from './support/browser-and-app.js';
import { horizontalOverflow } from './support/horizontal-overflow.js';
import { submitThroughApi } from './support/submit-through-api.js';
import { takeScreenshot } from './support/take-screenshot.js';

/** The steps of asso-numerique: the context questions first, then one step an area. */
const STEP = { strategie: 1, communication: 2, collaboration: 5 };

describe('taking a 1.0.0 diagnosis again once later versions are out', () => {
  const env = useBrowserAndApp();

  test('when a volunteer takes a 1.0.0 diagnosis again, then the latest version (1.2.0, keeping the carry-over 1.1.0 declared from 1.0.0) opens with the renamed and merged answers ticked and the new questions to answer', async () => {
    const api = respondentApi(env.web.app);
    const first = await api.started({ questionnaireId: 'asso-numerique', version: '1.0.0' });
    // "middle": the second scored option, so comm-results "sometimes", shared-documents "email".
    await submitThroughApi(env.web.app, first, 'middle');
    const context = await env.browser.newContext({
      viewport: { width: 390, height: 844 },
      locale: 'fr-FR',
      reducedMotion: 'reduce',
    });
    const page = await context.newPage();
    await page.goto(`${env.web.url}/#/reprendre/${first.id}/${first.token}`);
    await page.getByRole('button', { name: 'Refaire le diagnostic' }).click();
    await page.waitForURL(/#\/diagnostic\/[0-9a-f-]{36}\/0$/);
    const againId = /#\/diagnostic\/([0-9a-f-]{36})\//.exec(page.url())![1]!;
    const draft = (await api.get(againId, first.token)).json<{ version: string }>();
    expect(draft.version).toBe('1.2.0');
    const question = (id: string) => page.locator(`fieldset.question[data-question="${id}"]`);
    const checked = (id: string) => question(id).locator('input:checked').getAttribute('value');

    await page.goto(`${env.web.url}/#/diagnostic/${againId}/${STEP.communication}`);
    await question('comm-measure').waitFor();
    // Renamed from comm-results: the earlier answer is ticked under the new wording.
    expect(await checked('comm-measure')).toBe('sometimes');
    expect(await question('comm-measure').textContent()).toContain(
      'Mesurez-vous ce que donne votre communication en ligne',
    );
    expect(await question('accessibility').locator('input:checked').count()).toBe(0);
    expect((await horizontalOverflow(page)).offenders).toEqual([]);
    await takeScreenshot(page, 'take-again-new-version-communication');

    await page.goto(`${env.web.url}/#/diagnostic/${againId}/${STEP.collaboration}`);
    await question('shared-documents').waitFor();
    // "email" of 1.0.0 is the merged "scattered" of 1.1.0; co-editing is gone.
    expect(await checked('shared-documents')).toBe('scattered');
    expect(await question('co-editing').count()).toBe(0);

    await page.goto(`${env.web.url}/#/diagnostic/${againId}/${STEP.strategie}`);
    await question('ai-tools').waitFor();
    expect(await question('ai-tools').locator('input:checked').count()).toBe(0);
    await context.close();
  });
});
