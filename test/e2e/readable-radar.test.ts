import type { BrowserContextOptions, Locator, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { respondentApi } from '../support/respondent-api.js';
import { addFacilitator } from './support/add-facilitator.js';
import { useBrowserAndApp } from './support/browser-and-app.js';
import { paintedPixels } from './support/painted-pixels.js';
import { seriousViolations } from './support/serious-violations.js';
import type { Credentials } from './support/start-diagnosis.js';
import { submitThroughApi } from './support/submit-through-api.js';
import { takeScreenshot } from './support/take-screenshot.js';
import { waitForNewPage } from './support/wait-for-new-page.js';

const PHONE: BrowserContextOptions = {
  viewport: { width: 360, height: 740 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
  locale: 'fr-FR',
  reducedMotion: 'reduce',
};
const DESKTOP: BrowserContextOptions = {
  viewport: { width: 1280, height: 900 },
  locale: 'fr-FR',
  reducedMotion: 'reduce',
};
const SCREENS = { phone: PHONE, desktop: DESKTOP } as const;
/** Nine areas with long names (asso-numerique), and six shorter ones (competences-benevoles). */
const RESULTS_SCREENS = [
  ['French phone', PHONE, 'asso-numerique'],
  ['English phone', { ...PHONE, locale: 'en-GB' }, 'asso-numerique'],
  ['desktop', DESKTOP, 'asso-numerique'],
  ['French phone', PHONE, 'competences-benevoles'],
] as const;

/** The canvas's size as laid out, in CSS pixels. */
const boxOf = async (canvas: Locator) => {
  const box = await canvas.boundingBox();
  if (!box) throw new Error('the radar has no box');
  return box;
};

describe('the radar volunteers read', () => {
  const env = useBrowserAndApp();

  const submitted = async (
    profile: 'low' | 'middle' | 'high',
    questionnaireId = 'asso-numerique',
  ): Promise<Credentials> => {
    const { id, token } = await respondentApi(env.web.app).started({ questionnaireId });
    await submitThroughApi(env.web.app, { id, token }, profile);
    return { id, token };
  };
  /** Opens the results through the resume link, which keeps the credentials on this device. */
  const openResults = async (page: Page, { id, token }: Credentials) => {
    await page.goto(`${env.web.url}/#/reprendre/${id}/${token}`);
    await page.locator('table.scores').waitFor({ timeout: 10_000 });
  };
  const drawn = (canvas: Locator) =>
    expect.poll(() => paintedPixels(canvas), { timeout: 10_000 }).toBeGreaterThan(3_000);

  for (const [screen, options, questionnaireId] of RESULTS_SCREENS) {
    test(`when a volunteer opens their results of ${questionnaireId} on a ${screen}, then the radar spans at least 300 px and fits the screen`, async () => {
      const mine = await submitted('middle', questionnaireId);
      const context = await env.browser.newContext(options);
      const page = await context.newPage();
      await openResults(page, mine);
      const canvas = page.locator('.radar canvas');
      await drawn(canvas);
      const box = await boxOf(canvas);
      expect(box.width).toBeGreaterThanOrEqual(300);
      expect(box.height).toBeGreaterThanOrEqual(300);
      // The canvas stays inside the screen: it may span the card's padding, never the page's.
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(options.viewport!.width);
      await page.locator('.radar').scrollIntoViewIfNeeded();
      await takeScreenshot(page, `radar-results-${questionnaireId}-${screen.replace(' ', '-')}`, {
        fullPage: false,
      });
      await context.close();
    });
  }

  test('when a team member opens the team view on a phone, then the team radar spans at least 300 px', async () => {
    const owner = await submitted('high');
    const invite = await env.web.app.inject({
      method: 'POST',
      url: `/api/responses/${owner.id}/team`,
      headers: { authorization: `Bearer ${owner.token}` },
    });
    expect(invite.statusCode).toBe(200);
    const joined = await env.web.app.inject({
      method: 'POST',
      url: `/api/team-invites/${invite.json<{ inviteCode: string }>().inviteCode}/members`,
      payload: { displayName: 'Chloé' },
    });
    expect(joined.statusCode).toBe(201);
    const member = joined.json<Credentials>();
    await submitThroughApi(env.web.app, member, 'low');

    const context = await env.browser.newContext(PHONE);
    const page = await context.newPage();
    await openResults(page, owner);
    await waitForNewPage(page, () => page.goto(`${env.web.url}/#/equipe-vue/${owner.id}`));
    const canvas = page.locator('.group-radar canvas');
    await drawn(canvas);
    const box = await boxOf(canvas);
    expect(box.width).toBeGreaterThanOrEqual(300);
    expect(box.x + box.width).toBeLessThanOrEqual(360);
    await page.locator('.group-radar').scrollIntoViewIfNeeded();
    await takeScreenshot(page, 'radar-team-phone', { fullPage: false });
    await context.close();
  });

  for (const [screen, options] of Object.entries(SCREENS)) {
    test(`when a facilitator opens a preview on a ${screen}, then its radar spans at least 300 px and axe finds no serious violation, dimmed questions included`, async () => {
      const account = await addFacilitator(env.web.app);
      const context = await env.browser.newContext(options);
      const page = await context.newPage();
      await page.goto(`${env.web.url}/#/animateur`);
      await page.locator('#signin-email').fill(account.email);
      await page.locator('#signin-password').fill(account.password);
      await page.locator('.signin-form button[type="submit"]').click();
      await page.locator('#preview-link').click();
      await page
        .locator('[data-questionnaire="asso-numerique"] a', { hasText: '1.0.0' })
        .first()
        .click();
      await page.locator('.preview-questions fieldset.question').first().waitFor();
      // Answers for a drawn polygon: the first choice of the first questions of every area.
      const fields = page.locator('.preview-questions fieldset.question:not(.preview-skipped)');
      for (let i = 0; i < 12; i += 1) await fields.nth(i).locator('label.choice').first().click();
      expect(await page.locator('fieldset.preview-skipped').count()).toBeGreaterThan(0);

      const canvas = page.locator('#preview-results .radar canvas');
      const box = await boxOf(canvas);
      expect(box.width).toBeGreaterThanOrEqual(300);
      expect(box.x + box.width).toBeLessThanOrEqual(options.viewport!.width);
      expect(await seriousViolations(page)).toEqual([]);
      await page.locator('fieldset.preview-skipped').first().scrollIntoViewIfNeeded();
      await takeScreenshot(page, `preview-skipped-${screen}`, { fullPage: false });
      await page.locator('#preview-results .radar').scrollIntoViewIfNeeded();
      await takeScreenshot(page, `radar-preview-${screen}`, { fullPage: false });
      await context.close();
    });
  }
});
