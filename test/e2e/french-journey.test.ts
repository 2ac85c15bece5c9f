import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { answerVisibleQuestions, checkedAnswers } from './support/answer-visible-questions.js';
import { paintedPixels } from './support/painted-pixels.js';
import { downloadReport } from './support/download-report.js';
import { pdfText } from './support/pdf-text.js';
import { savedAnswers } from './support/saved-answers.js';
import { savedAssociationName } from './support/saved-association-name.js';
import { startDiagnosis } from './support/start-diagnosis.js';
import { storedItem } from './support/stored-item.js';
import { useBrowserAndApp } from './support/browser-and-app.js';
import { takeScreenshot } from './support/take-screenshot.js';
import { waitForNewPage } from './support/wait-for-new-page.js';
import { waitUntilSaved } from './support/wait-until-saved.js';
import { openFirstPlanItem } from './support/open-plan-item.js';

/** Accents and a typographic apostrophe: what a French name often holds. */
const ASSOCIATION = 'Les Amis du Vélo d’Été';
const DESKTOP = { viewport: { width: 1280, height: 900 }, locale: 'fr-FR' };

describe('the whole journey in French on a desktop', () => {
  const env = useBrowserAndApp();

  const heading = (page: Page) => page.locator('#app h1').textContent();

  test('when a volunteer answers every step, reloads midway, resumes on another device, submits and deletes, then nothing is lost and the results are drawn', async () => {
    const definition = (
      await env.web.app.inject({ method: 'GET', url: '/api/questionnaires/asso-numerique' })
    ).json<{ areas: Array<{ id: string }> }>();
    // The context questions, one step per area, then the review.
    const reviewStep = 1 + definition.areas.length;
    const reloadStep = Math.floor(reviewStep / 2);

    const first = await env.browser.newContext(DESKTOP);
    const page = await first.newPage();
    await page.goto(env.web.url);
    await page.locator('#app h1').waitFor();
    expect(await heading(page)).toBe('Où en est votre association avec le numérique ?');
    expect(await page.locator('html').getAttribute('lang')).toBe('fr');
    await takeScreenshot(page, 'fr-home');

    const credentials = await startDiagnosis(page);
    expect(await heading(page)).toBe('Votre association');

    const shownByStep: Array<Record<string, string[]>> = [];
    for (let step = 0; step < reviewStep; step += 1) {
      expect(page.url()).toBe(`${env.web.url}/#/diagnostic/${credentials.id}/${step}`);
      const ticked = await answerVisibleQuestions(page);
      expect(Object.keys(ticked).length).toBeGreaterThan(0);

      if (step === reloadStep) {
        // Reloaded at once, before the debounced save could leave: the answers kept on the
        // device come back, and are sent after the reload.
        const before = await checkedAnswers(page);
        await page.reload();
        await page.locator('#app fieldset.question').first().waitFor();
        expect(page.url()).toBe(`${env.web.url}/#/diagnostic/${credentials.id}/${step}`);
        expect(await checkedAnswers(page)).toEqual(before);
        await waitUntilSaved(page, credentials.id);
        const saved = await savedAnswers(env.web.app, credentials);
        for (const [question, values] of Object.entries(before)) {
          if (values.length > 0) expect(saved?.[question], question).toEqual(values);
        }
      }
      shownByStep.push(await checkedAnswers(page));
      await takeScreenshot(page, `fr-step-${step}`);

      const next = page
        .locator('nav.step-nav')
        .getByRole('button', { name: step < reviewStep - 1 ? 'Suivant' : 'Vérifier et envoyer' });
      await waitForNewPage(page, () => next.click());
    }

    expect(await heading(page)).toBe('Vérifier avant d’envoyer');
    // The association's name, optional, given on the review step. Reloaded at once, before
    // the debounced save could leave: kept on the device, shown again, then sent.
    const nameField = page.getByLabel('Nom de votre association (facultatif)');
    expect(await nameField.getAttribute('maxlength')).toBe('200');
    await nameField.fill(ASSOCIATION);
    await page.reload();
    await nameField.waitFor();
    expect(await nameField.inputValue()).toBe(ASSOCIATION);
    await waitUntilSaved(page, credentials.id);
    expect(await savedAssociationName(env.web.app, credentials)).toBe(ASSOCIATION);
    const everyAnswer = Object.assign({}, ...shownByStep) as Record<string, string[]>;
    const answered = Object.fromEntries(Object.entries(everyAnswer).filter(([, v]) => v.length));
    expect(await savedAnswers(env.web.app, credentials)).toEqual(answered);

    const resumeUrl = await page.locator('#resume-url').inputValue();
    expect(resumeUrl).toBe(`${env.web.url}/#/reprendre/${credentials.id}/${credentials.token}`);
    await first.close();

    // Another device: nothing in its storage but the resume link.
    const second = await env.browser.newContext(DESKTOP);
    const other = await second.newPage();
    await other.goto(resumeUrl);
    await other.locator('#app fieldset.question').first().waitFor();
    // The token leaves the address bar once kept.
    expect(other.url()).toBe(`${env.web.url}/#/diagnostic/${credentials.id}/0`);
    for (let step = 0; step < reviewStep; step += 1) {
      expect(await checkedAnswers(other), `step ${step}`).toEqual(shownByStep[step]);
      await waitForNewPage(other, () => other.locator('nav.step-nav button.primary').click());
    }

    expect(await heading(other)).toBe('Vérifier avant d’envoyer');
    expect(await other.locator('.review-item.unanswered').count()).toBe(0);
    expect(await other.locator('#association-name').inputValue()).toBe(ASSOCIATION);
    expect(await other.locator('p.ok').textContent()).toBe(
      'Toutes les questions obligatoires ont une réponse. Vous pouvez envoyer le diagnostic.',
    );
    await takeScreenshot(other, 'fr-review');
    await waitForNewPage(other, () =>
      other.getByRole('button', { name: 'Envoyer et voir mes résultats' }).click(),
    );

    expect(other.url()).toBe(`${env.web.url}/#/resultats/${credentials.id}`);
    expect(await heading(other)).toBe(`Vos résultats — ${ASSOCIATION}`);
    const canvas = other.locator('.radar canvas');
    // Drawn on the next frame, then animated: wait for the grid and for the series, in the
    // brand blue of its line and points (#1d4f91), to be there.
    await expect.poll(() => paintedPixels(canvas), { timeout: 10_000 }).toBeGreaterThan(5_000);
    await expect
      .poll(() => paintedPixels(canvas, [0x1d, 0x4f, 0x91]), { timeout: 10_000 })
      .toBeGreaterThan(300);
    expect(await other.locator('table.scores tbody tr').count()).toBe(definition.areas.length);
    const planItems = other.locator('ol.plan > li');
    expect(await planItems.count()).toBeGreaterThan(0);
    expect(await other.locator('ol.plan > li > details').count()).toBe(await planItems.count());
    await openFirstPlanItem(other);
    expect(await planItems.first().locator('details').getAttribute('open')).not.toBeNull();
    await takeScreenshot(other, 'fr-results');

    // The PDF report, in French, under the name the server gives it.
    const report = await downloadReport(other);
    expect(report.fileName).toMatch(/\.pdf$/);
    expect(report.content.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(report.content.length).toBeGreaterThan(5_000);
    // The name as typed, accents and apostrophe included, is printed on it (spaces aside: a
    // PDF places words, and the extracted text may space them differently).
    const unspaced = (text: string) => text.replace(/\s+/g, '');
    expect(unspaced(await pdfText(report.content))).toContain(unspaced(ASSOCIATION));
    expect(await other.locator('#report-download').textContent()).toBe(
      'Télécharger le rapport PDF',
    );

    await other.getByRole('button', { name: 'Supprimer mes réponses' }).click();
    const confirm = other.getByRole('dialog', { name: 'Supprimer mes réponses' });
    expect(await confirm.textContent()).toContain('Supprimer définitivement ce diagnostic');
    // Escape cancels and gives the focus back to the button; then the deletion is confirmed.
    await other.keyboard.press('Escape');
    await confirm.waitFor({ state: 'detached' });
    expect(await other.evaluate<string>('document.activeElement?.textContent ?? ""')).toBe(
      'Supprimer mes réponses',
    );
    await other.getByRole('button', { name: 'Supprimer mes réponses' }).click();
    await waitForNewPage(other, () =>
      confirm.getByRole('button', { name: 'Supprimer mes réponses' }).click(),
    );
    expect(await heading(other)).toBe('Où en est votre association avec le numérique ?');
    expect(await savedAnswers(env.web.app, credentials)).toBeUndefined();
    expect(await storedItem(other, 'assoradar.current')).toBeNull();
    await second.close();
  });
});
