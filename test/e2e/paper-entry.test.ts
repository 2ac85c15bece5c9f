import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import type { Questionnaire } from '../../src/domain/questionnaire/questionnaire-schema.js';
import { addFacilitator } from './support/add-facilitator.js';
import { useBrowserAndApp } from './support/browser-and-app.js';
import { horizontalOverflow } from './support/horizontal-overflow.js';
import { seriousViolations } from './support/serious-violations.js';
import { takeScreenshot } from './support/take-screenshot.js';

describe('typing a paper questionnaire in', () => {
  const env = useBrowserAndApp();

  const focusedId = (page: Page) => page.evaluate<string>('document.activeElement?.id ?? ""');

  test('when a facilitator types a whole asso-numerique questionnaire in with the keyboard only, then hidden questions are skipped, the summary lists every answer, and the association gets a submitted diagnosis with its resume link and QR code', async () => {
    const account = await addFacilitator(env.web.app);
    const questionnaire = (
      await env.web.app.inject({ method: 'GET', url: '/api/questionnaires/asso-numerique' })
    ).json<Questionnaire>();
    const context = await env.browser.newContext({
      viewport: { width: 390, height: 844 },
      locale: 'fr-FR',
    });
    const page = await context.newPage();
    await page.goto(`${env.web.url}/#/animateur/saisie`);
    await page.locator('#signin-email').fill(account.email);
    await page.locator('#signin-password').fill(account.password);
    await page.keyboard.press('Enter');
    await page.locator('#entry-name').waitFor({ timeout: 10_000 });
    await takeScreenshot(page, 'paper-entry-setup-phone');
    expect(await seriousViolations(page)).toEqual([]);

    await page.locator('#entry-name').focus();
    await page.keyboard.type('Les Amis du Lavoir');
    await page.keyboard.press('Enter');

    const seen = await typeEveryQuestion(page, questionnaire, { checkBackspace: true });

    // Every question once, in order, but those that "Aucun" salarié hides.
    const hiddenByNoEmployees = questionnaire.questions
      .filter((q) => q.showIf?.question === 'employees')
      .map((q) => q.id);
    expect(hiddenByNoEmployees.length).toBeGreaterThan(0);
    for (const id of hiddenByNoEmployees) expect(seen).not.toContain(id);
    expect(new Set(seen).size).toBe(seen.length);

    expect(await focusedId(page)).toBe('entry-submit');
    expect(await page.locator('.entry-summary li').count()).toBe(seen.length);
    expect(await page.locator('.entry-summary').textContent()).not.toContain('sans réponse');
    await takeScreenshot(page, 'paper-entry-summary-phone');
    await page.keyboard.press('Enter');

    await page.locator('#resume-url').waitFor({ timeout: 10_000 });
    expect(await page.locator('.entry-qr svg[role="img"] path').count()).toBe(1);
    await takeScreenshot(page, 'paper-entry-done-phone');
    expect(await seriousViolations(page)).toEqual([]);
    const link = await page.locator('#resume-url').inputValue();
    const [, id, token] = /#\/reprendre\/([^/]+)\/([^/]+)$/.exec(link)!;
    const response = (
      await env.web.app.inject({
        method: 'GET',
        url: `/api/responses/${id}`,
        headers: { authorization: `Bearer ${token}` },
      })
    ).json<{ status: string; associationName: string; answers: Record<string, unknown> }>();
    expect(response.status).toBe('submitted');
    expect(response.associationName).toBe('Les Amis du Lavoir');
    expect(Object.keys(response.answers).sort()).toEqual([...seen].sort());
    expect(response.answers.employees).toBe('none');
    await context.close();
  });

  test('when entered from a workshop, then the response joins the workshop and the workshop page links to the blank questionnaire', async () => {
    const account = await addFacilitator(env.web.app);
    const workshop = await env.web.app.useCases.createWorkshop({
      facilitatorId: account.id!,
      title: 'Atelier papier à la médiathèque',
      date: '2026-11-26',
      questionnaireId: 'asso-numerique',
      locale: 'fr',
    });
    const questionnaire = (
      await env.web.app.inject({ method: 'GET', url: '/api/questionnaires/asso-numerique' })
    ).json<Questionnaire>();
    const page = await env.browser.newPage({ locale: 'fr-FR' });
    await page.goto(`${env.web.url}/#/animateur/atelier/${workshop.id}`);
    await page.locator('#signin-email').fill(account.email);
    await page.locator('#signin-password').fill(account.password);
    await page.keyboard.press('Enter');
    await page.locator('#paper-entry-link').waitFor({ timeout: 10_000 });
    const print = await page.locator('#paper-download').getAttribute('href');
    // The workshop's own version: the latest when it was created.
    expect(print).toBe(
      `/api/questionnaires/asso-numerique/versions/${workshop.version}/paper.pdf?lang=fr`,
    );
    expect(workshop.version).toBe('1.2.0');
    const pdf = await env.web.app.inject({ method: 'GET', url: print! });
    expect(pdf.statusCode).toBe(200);

    await page.locator('#paper-entry-link').focus();
    await page.keyboard.press('Enter');
    await page.locator('#entry-start').waitFor();
    expect(await page.locator('.entry-setup').textContent()).toContain(
      'Atelier papier à la médiathèque',
    );
    await page.locator('#entry-start').focus();
    await page.keyboard.press('Enter');
    const seen = await typeEveryQuestion(page, questionnaire);
    await page.keyboard.press('Enter');
    await page.locator('#resume-url').waitFor({ timeout: 10_000 });
    const link = await page.locator('#resume-url').inputValue();
    const id = /#\/reprendre\/([^/]+)\//.exec(link)![1]!;
    const participant = await env.web.app.useCases.getParticipantResults({
      facilitatorId: account.id!,
      workshopId: workshop.id,
      responseId: id,
    });
    expect(participant.status).toBe('submitted');
    // getParticipantResults refuses (participant_not_found) a response that is not in the workshop.
    expect(seen.length).toBeGreaterThan(50);
    await page.close();
  });
});

/**
 * Answers every question the page shows with the keyboard only: "Aucun" salarié (which hides
 * the questions about employees), the first two choices of a multiple choice (then Space twice
 * on the focused one), the second choice elsewhere; Enter after each. Returns the question ids
 * in the order shown.
 */
async function typeEveryQuestion(
  page: Page,
  questionnaire: Questionnaire,
  { checkBackspace = false }: { checkBackspace?: boolean } = {},
): Promise<string[]> {
  const seen: string[] = [];
  const types = new Map(
    [...questionnaire.contextQuestions, ...questionnaire.questions].map((q) => [q.id, q.type]),
  );
  let screenshotTaken = false;
  for (let guard = 0; guard < 200; guard++) {
    const progress = page.locator('#entry-progress');
    const summary = page.locator('#entry-submit');
    await Promise.race([progress.waitFor(), summary.waitFor()]);
    if (await summary.isVisible()) break;
    const questionId = (await page
      .locator('fieldset.entry-question')
      .getAttribute('data-question'))!;
    seen.push(questionId);
    if (questionId === 'employees') {
      // "Aucun": the questions about employees must then be skipped.
      await page.keyboard.press('1');
    } else if (types.get(questionId) === 'multiple') {
      // Digits tick the first two; Space unticks the focused second one and ticks it again.
      await page.keyboard.press('1');
      await page.keyboard.press('2');
      await page.keyboard.press('Space');
      await page.keyboard.press('Space');
    } else {
      await page.keyboard.press('2');
      if (!screenshotTaken && types.get(questionId) === 'single') {
        await takeScreenshot(page, 'paper-entry-question-phone');
        expect((await horizontalOverflow(page)).offenders).toEqual([]);
        screenshotTaken = true;
      }
    }
    if (checkBackspace && seen.length === 3) {
      // Backspace goes back to the previous question, its answer kept; Enter comes back.
      await page.keyboard.press('Backspace');
      await page.locator(`fieldset[data-question="${seen[1]}"]`).waitFor();
      expect(await page.locator(`fieldset[data-question="${seen[1]}"] input:checked`).count()).toBe(
        1,
      );
      await page.keyboard.press('Enter');
      await page.locator(`fieldset[data-question="${questionId}"]`).waitFor();
    }
    await page.keyboard.press('Enter');
    await page.locator(`fieldset[data-question="${questionId}"]`).waitFor({ state: 'detached' });
  }
  return seen;
}
