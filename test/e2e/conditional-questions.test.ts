import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { chooseAnswer } from './support/choose-answer.js';
import { fileBrowser, type FileBrowser } from './support/worker-chromium.js';
import { openStep } from './support/open-step.js';
import { startDiagnosis, type Credentials } from './support/start-diagnosis.js';
import { startWebApp, type WebApp } from './support/start-web-app.js';
import { takeScreenshot } from './support/take-screenshot.js';
import { waitUntilSaved } from './support/wait-until-saved.js';

interface Definition {
  areas: Array<{ id: string }>;
  questions: Array<{ id: string; title: { fr: string } }>;
}

describe('conditional questions', () => {
  let browser: FileBrowser;
  let web: WebApp;
  let context: BrowserContext;
  let page: Page;
  let credentials: Credentials;
  let definition: Definition;
  beforeAll(async () => {
    browser = await fileBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    web = await startWebApp();
    definition = (
      await web.app.inject({ method: 'GET', url: '/api/questionnaires/asso-numerique' })
    ).json<Definition>();
    context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'fr' });
    page = await context.newPage();
    await page.goto(web.url);
    credentials = await startDiagnosis(page);
  });
  afterEach(async () => {
    await context.close();
    await web.close();
  });

  /** The step of an area: the context questions come first. */
  const stepOf = (areaId: string) => 1 + definition.areas.findIndex((a) => a.id === areaId);
  const question = (id: string) => page.locator(`fieldset.question[data-question="${id}"]`);
  /** How many questions the step shows, as its progress line says ("… sur 7 …"). */
  const shownInStep = async () =>
    Number(/sur (\d+) répondue/.exec((await page.locator('.step-progress').textContent())!)?.[1]);

  test('when the website question says "no site", then the question on its updates is hidden, and a site brings it back', async () => {
    await openStep(page, web.url, credentials, stepOf('communication'));
    const updates = question('website-updates');
    // Unanswered, the condition is not met.
    expect(await updates.isHidden()).toBe(true);
    const hiddenCount = await shownInStep();

    await chooseAnswer(page, 'website', 'no');
    expect(await updates.isHidden()).toBe(true);
    expect(await updates.getAttribute('hidden')).not.toBeNull();

    await chooseAnswer(page, 'website', 'own-site');
    expect(await updates.isVisible()).toBe(true);
    expect(await shownInStep()).toBe(hiddenCount + 1);
    await chooseAnswer(page, 'website-updates', 'monthly');
    await takeScreenshot(page, 'conditional-website-shown');

    await chooseAnswer(page, 'website', 'no');
    expect(await updates.isHidden()).toBe(true);
    expect(await shownInStep()).toBe(hiddenCount);

    // Still so once saved and reloaded.
    await waitUntilSaved(page, credentials.id);
    await page.reload();
    await question('website').waitFor();
    expect(await updates.isHidden()).toBe(true);
    expect(await question('website').locator('input[value="no"]').isChecked()).toBe(true);
  });

  test('when the association has no employee, then payroll and remote work are not asked, and they are once it has some', async () => {
    const payroll = definition.questions.find((q) => q.id === 'payroll')!.title.fr;
    const missingOnReview = async () => {
      await openStep(page, web.url, credentials, 1 + definition.areas.length);
      return page.locator('.review-item.unanswered dt').allTextContents();
    };

    await chooseAnswer(page, 'employees', 'none');
    await openStep(page, web.url, credentials, stepOf('gestion'));
    expect(await question('payroll').isHidden()).toBe(true);
    await openStep(page, web.url, credentials, stepOf('collaboration'));
    expect(await question('remote-work').isHidden()).toBe(true);
    // A hidden required question is not required.
    expect((await missingOnReview()).filter((item) => item.includes(payroll))).toEqual([]);

    await openStep(page, web.url, credentials, 0);
    await chooseAnswer(page, 'employees', '1-5');
    await openStep(page, web.url, credentials, stepOf('gestion'));
    expect(await question('payroll').isVisible()).toBe(true);
    await takeScreenshot(page, 'conditional-payroll-shown');
    await openStep(page, web.url, credentials, stepOf('collaboration'));
    expect(await question('remote-work').isVisible()).toBe(true);
    expect((await missingOnReview()).filter((item) => item.includes(payroll))).toHaveLength(1);
  });
});
