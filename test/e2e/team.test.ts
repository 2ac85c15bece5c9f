import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { downloadFile } from './support/download-file.js';
import { horizontalOverflow } from './support/horizontal-overflow.js';
import { paintedPixels } from './support/painted-pixels.js';
import { pdfText } from './support/pdf-text.js';
import { seriousViolations } from './support/serious-violations.js';
import { startDiagnosis, type Credentials } from './support/start-diagnosis.js';
import { storedItem } from './support/stored-item.js';
import { submitThroughApi } from './support/submit-through-api.js';
import { useBrowserAndApp } from './support/browser-and-app.js';
import { takeScreenshot } from './support/take-screenshot.js';
import { waitForNewPage } from './support/wait-for-new-page.js';

const PHONE = {
  viewport: { width: 360, height: 740 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
  locale: 'fr-FR',
  reducedMotion: 'reduce' as const,
};
const ASSOCIATION = 'Les Amis du Vélo d’Été';
const NOTE = 'Le site existe mais personne ne le tient à jour : à confier à Chloé.';
/** The mean polygon's ink (web/src/components/group-radar.ts). */
const MEAN_INK: [number, number, number] = [0x1d, 0x4f, 0x91];

/** Collects the page's Content-Security-Policy violations (see content-security-policy.test.ts). */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript({
    content: `window.cspViolations = [];
      document.addEventListener('securitypolicyviolation', (event) => {
        window.cspViolations.push(event.violatedDirective + ' ' + event.blockedURI);
      });`,
  });
  return () => page.evaluate('window.cspViolations') as Promise<string[]>;
}

describe('team diagnosis', () => {
  const env = useBrowserAndApp();

  const noOverflow = async (page: Page) => {
    const { scrollWidth, offenders } = await horizontalOverflow(page);
    expect(scrollWidth, offenders.join(', ')).toBeLessThanOrEqual(360);
  };

  test('when the owner invites a member and both submit, then each sees the combined team view, the owner records an agreement, and the member downloads the team PDF', async () => {
    const found: Record<string, string[]> = {};

    // The owner takes the diagnosis on a phone (answers through the API: twelve steps of clicks
    // are the other journeys' business) and opens the results.
    const ownerContext = await env.browser.newContext(PHONE);
    const owner = await ownerContext.newPage();
    const ownerViolations = await watchViolations(owner);
    await owner.goto(env.web.url);
    const ownerCredentials = await startDiagnosis(owner);
    const named = await env.web.app.inject({
      method: 'PATCH',
      url: `/api/responses/${ownerCredentials.id}/answers`,
      headers: { authorization: `Bearer ${ownerCredentials.token}` },
      payload: { answers: {}, associationName: ASSOCIATION },
    });
    expect(named.statusCode).toBe(200);
    await submitThroughApi(env.web.app, ownerCredentials, 'high');
    await waitForNewPage(owner, () =>
      owner.goto(`${env.web.url}/#/resultats/${ownerCredentials.id}`),
    );

    // "Faire le diagnostic en équipe": the invite link appears with its copy button.
    const start = owner.locator('#team-invite-button');
    await start.waitFor();
    expect(await start.textContent()).toBe('Faire le diagnostic en équipe');
    await start.tap();
    const inviteField = owner.locator('#team-invite-url');
    await inviteField.waitFor();
    const inviteUrl = await inviteField.inputValue();
    await owner.locator('#team-box-title').evaluate((heading) => heading.scrollIntoView());
    await takeScreenshot(owner, 'team-box-phone', { fullPage: false });
    found['results with the invite'] = await seriousViolations(owner);
    expect(inviteUrl).toMatch(new RegExp(`^${env.web.url}/#/equipe/[A-Za-z0-9_-]{40,}$`));

    // A member opens the link on their own phone, gives a first name and starts.
    const memberContext = await env.browser.newContext({ ...PHONE, acceptDownloads: true });
    const member = await memberContext.newPage();
    const memberViolations = await watchViolations(member);
    await waitForNewPage(member, () => member.goto(inviteUrl));
    expect(await member.locator('#app h1').textContent()).toBe(
      'Rejoindre le diagnostic des Amis du Vélo d’Été',
    );
    expect(await member.locator('#app').textContent()).toContain('Déjà dans l’équipe : 1 membre.');
    found['join page'] = await seriousViolations(member);
    await noOverflow(member);
    await takeScreenshot(member, 'team-join-phone');
    await member.locator('#team-join-name').fill('Chloé');
    await waitForNewPage(member, () => member.locator('#team-join-start').tap());
    const memberCredentials = JSON.parse(
      (await storedItem(member, 'assoradar.current'))!,
    ) as Credentials;
    expect(member.url()).toBe(`${env.web.url}/#/diagnostic/${memberCredentials.id}/0`);
    expect(memberCredentials.id).not.toBe(ownerCredentials.id);
    await submitThroughApi(env.web.app, memberCredentials, 'low');

    // The member allows the team to read their answers, from the team view.
    await waitForNewPage(member, () =>
      member.goto(`${env.web.url}/#/equipe-vue/${memberCredentials.id}`),
    );
    expect(await member.locator('#team-invite-button').count()).toBe(0);
    expect(await member.locator('.agreement-form').count()).toBe(0);
    await member.locator('label[for="team-share"]').tap();
    await member.locator('#team-settings-save').tap();
    await expect
      .poll(() => member.locator('.team-settings [aria-live]').textContent())
      .toBe('Réglages enregistrés.');

    // The owner opens the team view from the results page: both members, the radar, the topics.
    await owner.reload();
    await waitForNewPage(owner, () => owner.locator('#team-view-link').tap());
    expect(owner.url()).toBe(`${env.web.url}/#/equipe-vue/${ownerCredentials.id}`);
    expect(await owner.locator('#app h1').textContent()).toContain(ASSOCIATION);
    expect(await owner.locator('.team-head').textContent()).toContain(
      '2 membres dans l’équipe · 2 diagnostics envoyés',
    );
    expect(await owner.locator('table.team-members tbody th').allTextContents()).toEqual([
      'Membre 1 (vous)',
      'Chloé',
    ]);
    await expect
      .poll(() => paintedPixels(owner.locator('.group-radar canvas'), MEAN_INK), {
        timeout: 10_000,
      })
      .toBeGreaterThan(300);
    // One answering everything at the top, the other at the bottom: they disagree.
    expect(await owner.locator('.team-topics .topic.to-discuss').count()).toBeGreaterThan(0);
    expect(await owner.locator('.team-topics .flag').first().textContent()).toBe('À discuter');
    expect(await owner.locator('.shared-answers summary').allTextContents()).toEqual([
      'Les réponses de Chloé',
    ]);

    // The owner records the level agreed on for the first area.
    await owner.locator('.agreement-edit summary').first().tap();
    const firstForm = owner.locator('.agreement-form').first();
    await firstForm.locator('select').selectOption({ index: 2 });
    const agreedLevel = (await firstForm.locator('select option:checked').textContent())!;
    await firstForm.locator('textarea').fill(NOTE);
    await firstForm.locator('button[type="submit"]').tap();
    await expect
      .poll(() => firstForm.locator('[aria-live]').textContent())
      .toBe('Niveau enregistré.');
    expect(await owner.locator('.agreement .decision').first().textContent()).toBe(
      `Niveau retenu : ${agreedLevel} — ${NOTE}`,
    );
    found['team view (owner)'] = await seriousViolations(owner);
    await noOverflow(owner);
    await takeScreenshot(owner, 'team-view-owner-phone');
    for (const section of ['profile', 'topics', 'agreements', 'members', 'shared']) {
      await owner.locator(`#team-${section}-title`).evaluate((heading) => heading.scrollIntoView());
      await takeScreenshot(owner, `team-view-owner-phone-${section}`, { fullPage: false });
    }

    // The member sees the decision, and takes the team's PDF away.
    await member.reload();
    await member.locator('.agreement .decision').first().waitFor();
    const decision = await member.locator(`.agreement:has(h3) >> nth=0`).textContent();
    expect(decision).toContain(`Niveau retenu : ${agreedLevel}`);
    expect(decision).toContain(NOTE);
    found['team view (member)'] = await seriousViolations(member);
    await noOverflow(member);
    await takeScreenshot(member, 'team-view-member-phone');
    await takeScreenshot(member, 'team-view-member-phone-first-screen', { fullPage: false });
    const pdf = await downloadFile(member, 'team-report-download');
    expect(pdf.fileName).toMatch(/^diagnostic-equipe-asso-numerique-\d{4}-\d{2}-\d{2}\.pdf$/);
    const text = (await pdfText(pdf.content)).replace(/\s+/g, ' ');
    expect(text).toContain(ASSOCIATION);
    expect(text).toContain('Chloé');
    expect(text).toContain(NOTE);

    expect(await ownerViolations()).toEqual([]);
    expect(await memberViolations()).toEqual([]);
    expect(found).toEqual(Object.fromEntries(Object.keys(found).map((page) => [page, []])));
    await ownerContext.close();
    await memberContext.close();
  });
});
