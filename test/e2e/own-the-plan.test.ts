import ICAL from 'ical.js';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import type { PlanView } from '../support/plan-api.js';
import { useBrowserAndApp } from './support/browser-and-app.js';
import { downloadFile } from './support/download-file.js';
import { downloadReport } from './support/download-report.js';
import { frenchUiStringsIn } from './support/french-only-ui-strings.js';
import { horizontalOverflow } from './support/horizontal-overflow.js';
import { pageText } from './support/page-text.js';
import { pdfText } from './support/pdf-text.js';
import { seriousViolations } from './support/serious-violations.js';
import { submittedResponse } from './support/submitted-response.js';
import { takeScreenshot } from './support/take-screenshot.js';

const PHONE = {
  viewport: { width: 360, height: 740 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
  locale: 'fr-FR',
};
const NAME = 'Les Amis du Vélo';

describe('own the plan', () => {
  const env = useBrowserAndApp();

  /** Does what changes the plan and waits until the server has answered it, and the page said so. */
  const saved = async (page: Page, method: string, change: () => Promise<unknown>) => {
    const answered = page.waitForResponse(
      (response) =>
        response.request().method() === method &&
        /\/plan(\/|$)/.test(new URL(response.url()).pathname),
    );
    await change();
    const response = await answered;
    expect(response.status()).toBeLessThan(300);
    await page.locator('#save-state[data-state="saved"]').waitFor({ state: 'attached' });
    return response;
  };

  test('when a volunteer on a phone picks priorities, turns proposals into actions, adds and removes one, then comes back with the resume link, the plan is there, in the calendar file and in the PDF', async () => {
    const credentials = await submittedResponse(env.web.app, { associationName: NAME });
    const { id, token } = credentials;
    const seen = (
      await env.web.app.inject({
        method: 'GET',
        url: `/api/responses/${id}/plan`,
        headers: { authorization: `Bearer ${token}` },
      })
    ).json<PlanView>();
    // Three areas with proposals, in the questionnaire's order, and one more for the fourth tick.
    const questionnaire = (
      await env.web.app.inject({ method: 'GET', url: '/api/questionnaires/asso-numerique' })
    ).json<{ areas: Array<{ id: string; title: { fr: string } }> }>();
    const withProposals = questionnaire.areas.filter((area) =>
      seen.proposals.some((item) => item.areaId === area.id),
    );
    expect(withProposals.length).toBeGreaterThanOrEqual(3);
    const chosen = withProposals.slice(0, 3);
    const fourth = questionnaire.areas.find((area) => !chosen.includes(area))!;

    const context = await env.browser.newContext(PHONE);
    const page = await context.newPage();
    await page.goto(`${env.web.url}/#/reprendre/${id}/${token}`);
    await page.locator('#plan-link').waitFor({ timeout: 10_000 });
    expect(await page.locator('#plan-link').textContent()).toBe('Construire notre plan d’action');
    await page.locator('#plan-link').scrollIntoViewIfNeeded();
    await takeScreenshot(page, 'phone-results-plan-link', { fullPage: false });
    await page.locator('#plan-link').tap();
    await page.locator('#priorities-title').waitFor();
    expect(page.url()).toBe(`${env.web.url}/#/plan/${id}`);
    expect(await page.locator('#app h1').textContent()).toContain('Votre plan d’action');
    expect(await page.locator('#proposals-title + p').textContent()).toContain(
      'Choisissez d’abord vos domaines prioritaires',
    );

    // Three priorities; a fourth is refused with a message.
    for (const area of chosen) {
      await saved(page, 'PUT', () => page.locator(`#priority-${area.id}`).tap());
    }
    await page.locator(`#priority-${fourth.id}`).tap();
    expect(await page.locator(`#priority-${fourth.id}`).isChecked()).toBe(false);
    expect(await page.locator('#priorities-message').textContent()).toBe(
      '3 domaines au plus\u00a0: décochez-en un avant d’en choisir un autre.',
    );

    // The proposals of those areas, each with its button; two go into the plan.
    const offered = seen.proposals.filter((item) => chosen.some((area) => area.id === item.areaId));
    const [first, second] = offered;
    // Grouped under each priority area; the other areas' proposals are folded away.
    expect(await page.locator('#proposals-title ~ ul.proposals > li.proposal').count()).toBe(
      offered.length,
    );
    expect(await page.locator('h3.proposal-area').allTextContents()).toEqual(
      chosen.map((area) => area.title.fr),
    );
    await saved(page, 'POST', () => page.locator(`#add-${first!.id}`).tap());
    await saved(page, 'POST', () => page.locator(`#add-${second!.id}`).tap());
    expect(await page.locator(`#add-${first!.id}`).count()).toBe(0);
    const actions = page.locator('article.plan-action');
    expect(await actions.count()).toBe(2);
    const firstId = (await actions.nth(0).getAttribute('id'))!.replace(/^action-/, '');
    const secondId = (await actions.nth(1).getAttribute('id'))!.replace(/^action-/, '');

    // Edit the first: who, by when, paid, in progress; and its wording.
    const field = (actionId: string, name: string) => page.locator(`#action-${actionId}-${name}`);
    await saved(page, 'PATCH', async () => {
      await field(firstId, 'owner').fill('Amina, trésorière');
      await field(firstId, 'owner').press('Tab');
    });
    await saved(page, 'PATCH', () => field(firstId, 'due').fill('2027-03-31'));
    await saved(page, 'PATCH', () => field(firstId, 'cost').selectOption('paid'));
    await saved(page, 'PATCH', () => field(firstId, 'status').selectOption('in_progress'));
    await saved(page, 'PATCH', async () => {
      await field(firstId, 'title').fill('Notre site, enfin');
      await field(firstId, 'title').press('Tab');
    });
    expect(await page.locator('#save-state').textContent()).toBe('Plan enregistré');

    // Our own action, then the second proposal removed after a confirmation.
    await page.locator('#own-title').fill('Former Léa à la lettre d’information');
    await page.locator('#own-area').selectOption(chosen[1]!.id);
    await saved(page, 'POST', () => page.locator('#own-add').tap());
    const ownId = (await actions.nth(2).getAttribute('id'))!.replace(/^action-/, '');
    await saved(page, 'PATCH', () => field(ownId, 'due').fill('2027-01-15'));
    await field(secondId, 'delete').tap();
    const confirm = page.getByRole('dialog', { name: 'Retirer cette action' });
    expect(await confirm.textContent()).toContain(second!.title);
    await saved(page, 'DELETE', () =>
      confirm.getByRole('button', { name: 'Retirer cette action' }).tap(),
    );
    expect(await actions.count()).toBe(2);
    expect(await page.locator('#calendar-note').textContent()).toContain('Toutes les actions');

    const { scrollWidth, offenders } = await horizontalOverflow(page);
    expect(offenders).toEqual([]);
    expect(scrollWidth).toBe(360);
    expect(await seriousViolations(page)).toEqual([]);
    await takeScreenshot(page, 'phone-plan');
    await takeScreenshot(page, 'phone-plan-top', { fullPage: false });

    // Back another day, on another device, with the resume link.
    const later = await env.browser.newContext(PHONE);
    const again = await later.newPage();
    await again.goto(`${env.web.url}/#/reprendre/${id}/${token}`);
    await again.locator('#plan-link').waitFor({ timeout: 10_000 });
    await again.locator('#plan-link').tap();
    await again.locator('article.plan-action').first().waitFor();
    for (const area of questionnaire.areas) {
      expect(await again.locator(`#priority-${area.id}`).isChecked()).toBe(chosen.includes(area));
    }
    const back = (name: string) => again.locator(`#action-${firstId}-${name}`);
    expect(await back('title').inputValue()).toBe('Notre site, enfin');
    expect(await back('owner').inputValue()).toBe('Amina, trésorière');
    expect(await back('due').inputValue()).toBe('2027-03-31');
    expect(await back('cost').inputValue()).toBe('paid');
    expect(await back('status').inputValue()).toBe('in_progress');
    expect(await again.locator(`#action-${ownId}-title`).inputValue()).toBe(
      'Former Léa à la lettre d’information',
    );
    expect(await again.locator(`#action-${secondId}`).count()).toBe(0);

    // The calendar file: one all-day event an action, parsed by Mozilla's parser.
    const calendar = await downloadFile(again, 'calendar-download');
    expect(calendar.fileName).toMatch(/^plan-action-asso-numerique-les-amis-du-velo-.*\.ics$/);
    const events = new ICAL.Component(ICAL.parse(calendar.content.toString('utf8')))
      .getAllSubcomponents('vevent')
      .map((vevent) => new ICAL.Event(vevent))
      .map((event) => [event.uid, event.startDate.toString(), event.summary, event.description]);
    expect(events).toEqual([
      [
        `${ownId}@assoradar`,
        '2027-01-15',
        'Former Léa à la lettre d’information',
        `Avancement : prévue\nDomaine : ${chosen[1]!.title.fr}`,
      ],
      [
        `${firstId}@assoradar`,
        '2027-03-31',
        'Notre site, enfin',
        `Qui : Amina, trésorière\nCoût : payant\nAvancement : en cours\nDomaine : ${
          questionnaire.areas.find((area) => area.id === first!.areaId)!.title.fr
        }`,
      ],
    ]);

    // The PDF prints the plan before the proposals.
    const report = await downloadReport(again);
    const text = (await pdfText(report.content)).replace(/\s+/g, ' ');
    const own = text.indexOf('Notre plan d’action');
    expect(own).toBeGreaterThan(-1);
    expect(text.indexOf('Notre site, enfin')).toBeGreaterThan(own);
    expect(text.indexOf('Amina, trésorière')).toBeGreaterThan(own);
    expect(text.indexOf('31 mars 2027')).toBeGreaterThan(own);
    await later.close();
    await context.close();
  });

  test('when the page is in English and used with the keyboard only, then no French UI text shows, the policy refuses nothing, and the choices are saved', async () => {
    const { id, token } = await submittedResponse(env.web.app, { locale: 'en' });
    const context = await env.browser.newContext({
      viewport: { width: 1280, height: 900 },
      locale: 'en-GB',
    });
    const page = await context.newPage();
    await page.addInitScript({
      content: `window.cspViolations = [];
        document.addEventListener('securitypolicyviolation', (event) => {
          window.cspViolations.push(event.violatedDirective + ' ' + event.blockedURI);
        });`,
    });
    await page.goto(`${env.web.url}/#/reprendre/${id}/${token}`);
    await page.locator('#plan-link').focus();
    await page.keyboard.press('Enter');
    await page.locator('#priorities-title').waitFor();
    expect(await page.locator('#app h1').textContent()).toBe('Your action plan');

    const firstBox = page.locator('input[name="priorities"]').first();
    await firstBox.focus();
    await saved(page, 'PUT', () => page.keyboard.press('Space'));
    const add = page.locator('#proposals-title ~ ul.proposals button.primary').first();
    await add.focus();
    await saved(page, 'POST', () => page.keyboard.press('Enter'));
    // The keyboard goes on in the new action, at "Who".
    const focused = await page.evaluate<string>('document.activeElement?.id ?? ""');
    expect(focused).toMatch(/^action-.+-owner$/);
    await saved(page, 'PATCH', async () => {
      await page.keyboard.type('Sam');
      await page.keyboard.press('Tab');
    });
    expect(await page.locator('#save-state').textContent()).toBe('Plan saved');

    const text = await pageText(page);
    expect(frenchUiStringsIn(text)).toEqual([]);
    expect(await page.evaluate('window.cspViolations')).toEqual([]);
    const plan = (
      await env.web.app.inject({
        method: 'GET',
        url: `/api/responses/${id}/plan`,
        headers: { authorization: `Bearer ${token}` },
      })
    ).json<PlanView>();
    expect(plan.priorities).toHaveLength(1);
    expect(plan.actions.map((action) => action.owner)).toEqual(['Sam']);
    await context.close();
  });
});
