import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { answerVisibleQuestions } from './support/answer-visible-questions.js';
import { useBrowserAndApp } from './support/browser-and-app.js';
import { chooseAnswer } from './support/choose-answer.js';
import { downloadReport } from './support/download-report.js';
import { horizontalOverflow } from './support/horizontal-overflow.js';
import { paintedPixels } from './support/painted-pixels.js';
import { pdfText } from './support/pdf-text.js';
import { seriousViolations } from './support/serious-violations.js';
import { startDiagnosis } from './support/start-diagnosis.js';
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
    const scan = async (name: string) => {
      const found = await seriousViolations(page);
      if (found.length > 0) violations[name] = found;
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
    expect(await heading()).toBe('Votre association');
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
      await answerVisibleQuestions(page);
      expect(await fitsWidth()).toBe(true);
      await waitForNewPage(page, () => next.tap());
    }

    expect(await heading()).toBe('Vérifier avant d’envoyer');
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

    const report = await downloadReport(page);
    expect(report.fileName).toMatch(/^diagnostic-competences-benevoles-\d{4}-\d{2}-\d{2}\.pdf$/);
    const text = (await pdfText(report.content)).replace(/\s+/g, ' ');
    expect(text).toContain('Compétences numériques des bénévoles et salariés');
    for (const area of AREAS) expect(text).toContain(area);

    await context.close();
    expect(violations).toEqual({});
  });

  test('when the volunteer switches to English, then the home page offers both questionnaires in English and the skills questionnaire speaks English', async () => {
    const context = await env.browser.newContext(PHONE);
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
    await startDiagnosis(page, 'competences-benevoles');
    await answerVisibleQuestions(page);
    await waitForNewPage(page, () => page.locator('nav.step-nav button.primary').tap());
    expect(await page.locator('#app h1').textContent()).toBe('E-mail and shared documents');
    expect(await page.locator('#app').innerText()).toContain(
      'Which e-mail address do you use for the association?',
    );
    await context.close();
  });
});
