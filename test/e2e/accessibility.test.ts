import { describe, expect, test } from 'vitest';
import { answerVisibleQuestions } from './support/answer-visible-questions.js';
import { openStep } from './support/open-step.js';
import { seriousViolations } from './support/serious-violations.js';
import { startDiagnosis } from './support/start-diagnosis.js';
import { useBrowserAndApp } from './support/browser-and-app.js';
import { waitForNewPage } from './support/wait-for-new-page.js';
import { waitUntilSaved } from './support/wait-until-saved.js';
import { openFirstPlanItem } from './support/open-plan-item.js';

describe('accessibility', () => {
  const env = useBrowserAndApp();

  test('when axe-core scans the home page, the steps, the review, the results, the plan and the error page, then it finds no serious or critical violation', async () => {
    // Reduced motion: the radar is scanned drawn, not halfway through its animation.
    const context = await env.browser.newContext({
      viewport: { width: 1280, height: 900 },
      locale: 'fr-FR',
      reducedMotion: 'reduce',
    });
    const page = await context.newPage();
    const areaCount = (
      await env.web.app.inject({ method: 'GET', url: '/api/questionnaires/asso-numerique' })
    ).json<{ areas: unknown[] }>().areas.length;
    const found: Record<string, string[]> = {};
    const scan = async (name: string) => {
      found[name] = await seriousViolations(page);
    };

    await page.goto(env.web.url);
    await page.locator('#app h1').waitFor();
    await scan('home');

    const credentials = await startDiagnosis(page);
    await answerVisibleQuestions(page);
    await waitUntilSaved(page, credentials.id);
    await scan('context step (saved status shown)');

    const next = page.locator('nav.step-nav button.primary');
    await waitForNewPage(page, () => next.click());
    await scan('first area step, unanswered');

    // The review while questions are missing, and the refusal to send.
    await openStep(page, env.web.url, credentials, 1 + areaCount);
    await page.getByRole('button', { name: 'Envoyer et voir mes résultats' }).click();
    await page.locator('#app [role="alert"]').waitFor();
    await scan('review with unanswered questions, sending refused');

    await waitForNewPage(page, () => page.locator('.review-item.unanswered a').first().click());
    while ((await next.count()) > 0) {
      await answerVisibleQuestions(page);
      await waitForNewPage(page, () => next.click());
    }
    await waitUntilSaved(page, credentials.id);
    await scan('review');

    await waitForNewPage(page, () => page.locator('#app button.primary').click());
    await page.locator('.radar canvas').waitFor();
    // One recommendation open, so its resource links are scanned too.
    await openFirstPlanItem(page);
    await scan('results');

    // The plan: its suggested priorities, then taken, with a proposal turned into an action.
    await waitForNewPage(page, () => page.locator('#plan-link').click());
    await page.locator('#take-suggestion').waitFor();
    await scan('plan, priorities suggested');
    await page.locator('#take-suggestion').click();
    await page.locator('ul.proposals button.primary').first().click();
    await page.locator('.plan-action').first().waitFor();
    await scan('plan, with an action');

    // A resume link to a diagnosis that does not exist: the error page.
    const unknown = `${env.web.url}/#/reprendre/00000000-0000-4000-8000-000000000000/${'A'.repeat(32)}`;
    await waitForNewPage(page, () => page.goto(unknown));
    expect(await page.locator('#app [role="alert"]').textContent()).toMatch(/introuvable/);
    await scan('error page');

    // The scan itself is checked: an image without a text alternative must be reported.
    await page
      .locator('#app')
      .evaluate((app) => app.append(app.ownerDocument.createElement('img')));
    expect((await seriousViolations(page)).join('\n')).toMatch(/^image-alt \(critical\)/m);

    await context.close();
    // Every page scanned before judging, so one run reports them all.
    expect(found).toEqual({
      home: [],
      'context step (saved status shown)': [],
      'first area step, unanswered': [],
      'review with unanswered questions, sending refused': [],
      review: [],
      results: [],
      'plan, priorities suggested': [],
      'plan, with an action': [],
      'error page': [],
    });
  });
});
