import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { answerVisibleQuestions } from './support/answer-visible-questions.js';
import { associationWording } from './support/association-wording.js';
import { useBrowserAndApp } from './support/browser-and-app.js';
import { chooseAnswer } from './support/choose-answer.js';
import { downloadReport } from './support/download-report.js';
import { horizontalOverflow } from './support/horizontal-overflow.js';
import { pageText } from './support/page-text.js';
import { paintedPixels } from './support/painted-pixels.js';
import { pdfText } from './support/pdf-text.js';
import { seriousViolations } from './support/serious-violations.js';
import { startDiagnosis } from './support/start-diagnosis.js';
import { submitThroughApi } from './support/submit-through-api.js';
import { takeScreenshot } from './support/take-screenshot.js';
import { waitForNewPage } from './support/wait-for-new-page.js';
import { waitUntilSaved } from './support/wait-until-saved.js';

const PHONE = {
  viewport: { width: 360, height: 740 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
  locale: 'fr-FR',
};

const AREAS = [
  'Messagerie et documents partagés',
  'Sécurité en ligne',
  'Réseaux sociaux',
  'Gestion des données',
  'Choisir et adopter un outil',
  'Réunions en ligne',
];

const isShown = (page: Page, questionId: string) =>
  page.locator(`fieldset.question[data-question="${questionId}"]`).isVisible();

describe('the second questionnaire, competences-benevoles', () => {
  const env = useBrowserAndApp();

  test('when a volunteer chooses the skills questionnaire on a phone, then they answer every step, see conditions at work, and get results, radar and PDF', async () => {
    const context = await env.browser.newContext({ ...PHONE, acceptDownloads: true });
    const page = await context.newPage();
    const heading = () => page.locator('#app h1').textContent();
    const fitsWidth = async () => (await horizontalOverflow(page)).scrollWidth <= 360;
    const violations: Record<string, string[]> = {};
    const wording: Record<string, string[]> = {};
    const scan = async (name: string) => {
      const found = await seriousViolations(page);
      if (found.length > 0) violations[name] = found;
    };
    const readWording = async (name: string) => {
      const found = associationWording(await pageText(page));
      if (found.length > 0) wording[name] = found;
    };

    await page.goto(env.web.url);
    const choices = page.locator('ul.questionnaire-choice article.questionnaire h3');
    await choices.first().waitFor();
    expect(await choices.allTextContents()).toEqual([
      'Diagnostic numérique de votre association',
      'Compétences numériques des bénévoles et salariés',
    ]);
    expect(await fitsWidth()).toBe(true);
    await takeScreenshot(page, 'second-questionnaire-home');
    await scan('home');

    const credentials = await startDiagnosis(page, 'competences-benevoles');
    // One person answers: the first step is about them, not about an association.
    expect(await heading()).toBe('Vous et votre engagement');
    await readWording('step 0');
    await answerVisibleQuestions(page);
    const next = page.locator('nav.step-nav button.primary');
    await waitForNewPage(page, () => next.tap());

    // Messagerie: the ease scale follows the answer on shared documents.
    expect(await heading()).toBe(AREAS[0]);
    expect(await isShown(page, 'shared-docs-ease')).toBe(false);
    await chooseAnswer(page, 'shared-docs', 'edit');
    expect(await isShown(page, 'shared-docs-ease')).toBe(true);
    await chooseAnswer(page, 'shared-docs', 'never');
    expect(await isShown(page, 'shared-docs-ease')).toBe(false);
    await chooseAnswer(page, 'shared-docs', 'organise');
    await answerVisibleQuestions(page);
    expect(await isShown(page, 'shared-docs-ease')).toBe(true);
    expect(await fitsWidth()).toBe(true);
    await takeScreenshot(page, 'second-questionnaire-step-1');
    await scan('step 1');
    await waitForNewPage(page, () => next.tap());

    // Sécurité: the checks show only for a phishing confidence of 1 to 3 on the scale.
    expect(await heading()).toBe(AREAS[1]);
    expect(await isShown(page, 'phishing-checks')).toBe(false);
    await chooseAnswer(page, 'phishing-confidence', '5');
    expect(await isShown(page, 'phishing-checks')).toBe(false);
    await chooseAnswer(page, 'phishing-confidence', '2');
    expect(await isShown(page, 'phishing-checks')).toBe(true);
    await answerVisibleQuestions(page);
    await waitForNewPage(page, () => next.tap());

    for (const area of AREAS.slice(2)) {
      expect(await heading()).toBe(area);
      await readWording(area);
      await answerVisibleQuestions(page);
      expect(await fitsWidth()).toBe(true);
      await waitForNewPage(page, () => next.tap());
    }

    expect(await heading()).toBe('Vérifier avant d’envoyer');
    expect(await page.locator('label[for="association-name"]').textContent()).toBe(
      'Votre prénom ou votre nom (facultatif)',
    );
    await readWording('review');
    await waitUntilSaved(page, credentials.id);
    await waitForNewPage(page, () =>
      page.getByRole('button', { name: 'Envoyer et voir mes résultats' }).tap(),
    );

    expect(await heading()).toBe('Vos résultats');
    await expect
      .poll(() => paintedPixels(page.locator('.radar canvas')), { timeout: 10_000 })
      .toBeGreaterThan(5_000);
    const results = await page.locator('#app').innerText();
    for (const area of AREAS) expect(results).toContain(area);
    expect(await fitsWidth()).toBe(true);
    await takeScreenshot(page, 'second-questionnaire-results');
    await scan('results');
    await readWording('results');
    // No team diagnosis for one person: it gathers an association's members.
    expect(await page.locator('.team-box').count()).toBe(0);

    const report = await downloadReport(page);
    expect(report.fileName).toMatch(/^diagnostic-competences-benevoles-\d{4}-\d{2}-\d{2}\.pdf$/);
    const text = (await pdfText(report.content)).replace(/\s+/g, ' ');
    expect(text).toContain('Compétences numériques des bénévoles et salariés');
    for (const area of AREAS) expect(text).toContain(area);
    expect(associationWording(text)).toEqual([]);

    await waitForNewPage(page, () => page.locator('#plan-link').tap());
    await readWording('plan');
    await takeScreenshot(page, 'second-questionnaire-plan');

    await context.close();
    expect(violations).toEqual({});
    expect(wording).toEqual({});
  });

  test('when the volunteer switches to English, then the home page offers both questionnaires in English and the skills questionnaire speaks English', async () => {
    const context = await env.browser.newContext({ ...PHONE, acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(env.web.url);
    await page.locator('ul.questionnaire-choice').waitFor();
    await waitForNewPage(page, () =>
      page.locator('#lang-switch').getByRole('button', { name: 'English' }).tap(),
    );

    const choices = page.locator('ul.questionnaire-choice article.questionnaire h3');
    await choices.first().waitFor();
    expect(await choices.allTextContents()).toEqual([
      'Digital check-up for your association',
      'Digital skills of volunteers and staff',
    ]);
    const credentials = await startDiagnosis(page, 'competences-benevoles');
    expect(await page.locator('#app h1').textContent()).toBe('You and your involvement');
    const wording: Record<string, string[]> = {};
    const readWording = async (name: string) => {
      const found = associationWording(await pageText(page));
      if (found.length > 0) wording[name] = found;
    };
    await readWording('step 0');
    await answerVisibleQuestions(page);
    await waitForNewPage(page, () => page.locator('nav.step-nav button.primary').tap());
    expect(await page.locator('#app h1').textContent()).toBe('E-mail and shared documents');
    expect(await page.locator('#app').innerText()).toContain(
      'Which e-mail address do you use for the association?',
    );
    await readWording('step 1');

    // The rest answered through the API: what is read here is the results, plan and PDF.
    await submitThroughApi(env.web.app, credentials, 'middle');
    await waitForNewPage(page, () => page.goto(`${env.web.url}/#/resultats/${credentials.id}`));
    await readWording('results');
    expect(await page.locator('.team-box').count()).toBe(0);
    const report = await downloadReport(page);
    expect(associationWording((await pdfText(report.content)).replace(/\s+/g, ' '))).toEqual([]);
    await waitForNewPage(page, () => page.locator('#plan-link').tap());
    await readWording('plan');
    await context.close();
    expect(wording).toEqual({});
  });
});
