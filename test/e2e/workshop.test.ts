import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { addFacilitator, type FacilitatorAccount } from './support/add-facilitator.js';
import { downloadFile } from './support/download-file.js';
import { frenchOnlyUiStrings } from './support/french-only-ui-strings.js';
import { horizontalOverflow } from './support/horizontal-overflow.js';
import { pageText } from './support/page-text.js';
import { paintedPixels } from './support/painted-pixels.js';
import { pdfText } from './support/pdf-text.js';
import { seriousViolations } from './support/serious-violations.js';
import type { Credentials } from './support/start-diagnosis.js';
import { storedItem } from './support/stored-item.js';
import { submitThroughApi, type Profile } from './support/submit-through-api.js';
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
const LAPTOP = {
  viewport: { width: 1280, height: 900 },
  locale: 'fr-FR',
  reducedMotion: 'reduce' as const,
};
const WORKSHOP_TITLE = 'Atelier numérique — CRIB de Lyon';
const CODE_ALPHABET = /^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{6}$/;
/** The mean polygon's ink (web/src/components/group-radar.ts). */
const MEAN_INK: [number, number, number] = [0x1d, 0x4f, 0x91];

interface Participant {
  name: string;
  consent: boolean;
  profile: Profile;
  /** How they reach the join page: the home page's box, or the address the QR code holds. */
  way: 'home box' | 'join link';
}

const PARTICIPANTS: Participant[] = [
  { name: 'Les Amis du Vélo d’Été', consent: true, profile: 'high', way: 'home box' },
  { name: 'Club de foot de Saint-Rémy', consent: false, profile: 'low', way: 'join link' },
  { name: 'Restos du Cœur — Villeurbanne', consent: false, profile: 'middle', way: 'join link' },
];

describe('workshops', () => {
  const env = useBrowserAndApp({ SIGN_IN_ATTEMPTS_PER_MINUTE: '4' });

  const signIn = async (page: Page, account: FacilitatorAccount) => {
    await page.locator('#signin-email').fill(account.email);
    await page.locator('#signin-password').fill(account.password);
    await page.locator('.signin-form button[type="submit"]').click();
  };
  const alertOf = (page: Page, region: string) => page.locator(`${region} [role="alert"]`);

  /** Joins through the page as a volunteer would, and returns what the device then keeps. */
  const join = async (
    context: BrowserContext,
    code: string,
    joinUrl: string,
    participant: Participant,
  ): Promise<{ page: Page; credentials: Credentials }> => {
    const page = await context.newPage();
    if (participant.way === 'home box') {
      await page.goto(env.web.url);
      // Typed as heard: lower case, with a space.
      await page.locator('#join-code').fill(`${code.slice(0, 3).toLowerCase()} ${code.slice(3)}`);
      await waitForNewPage(page, () => page.locator('.join-box button[type="submit"]').click());
    } else {
      await waitForNewPage(page, () => page.goto(joinUrl));
    }
    expect(page.url()).toBe(`${env.web.url}/#/atelier/${code}`);
    await page.locator('#join-start').waitFor();
    expect(await page.locator('#join-consent').isChecked()).toBe(false);
    await page.locator('#join-name').fill(participant.name);
    if (participant.consent) await page.locator('label[for="join-consent"]').tap();
    await waitForNewPage(page, () => page.locator('#join-start').tap());
    const credentials = JSON.parse((await storedItem(page, 'assoradar.current'))!) as Credentials;
    expect(page.url()).toBe(`${env.web.url}/#/diagnostic/${credentials.id}/0`);
    return { page, credentials };
  };

  test('when a facilitator creates a workshop and three associations join by its code and submit, then the dashboard shows them, draws the group radar, and the CSV and the group PDF hold their names', async () => {
    const account = await addFacilitator(env.web.app);
    const facilitator = await env.browser.newContext({ ...LAPTOP, acceptDownloads: true });
    const page = await facilitator.newPage();
    const found: Record<string, string[]> = {};

    // Signing in from the link at the bottom of every page.
    await page.goto(env.web.url);
    await waitForNewPage(page, () => page.locator('#facilitator-link').click());
    expect(await page.locator('#app h1').textContent()).toBe('Espace animateur');
    found['sign-in'] = await seriousViolations(page);
    await takeScreenshot(page, 'workshop-sign-in');
    await waitForNewPage(page, () => signIn(page, account));
    expect(await page.locator('#app h1').textContent()).toBe('Vos ateliers');

    // Creating the workshop: the questionnaire, its latest version and the page's language
    // are chosen already.
    await page.locator('#workshop-title').fill(WORKSHOP_TITLE);
    await waitForNewPage(page, () => page.locator('.create-form button[type="submit"]').click());
    const codeShown = page.locator('.join-panel .join-code');
    const code = (await codeShown.getAttribute('data-code'))!;
    expect(code).toMatch(CODE_ALPHABET);
    expect((await codeShown.textContent())!.replace(/\s/g, '')).toBe(code);
    const joinUrl = (await page.locator('.join-url a').textContent())!;
    expect(joinUrl).toBe(`${env.web.url}/#/atelier/${code}`);
    await expect
      .poll(() =>
        page.locator('img.join-qr').evaluate((img: { naturalWidth: number }) => img.naturalWidth),
      )
      .toBeGreaterThan(0);
    expect(await page.locator('[data-count="joined"] .count-value').textContent()).toBe('0');

    // Three associations join on their phones, answer and submit.
    const phones: BrowserContext[] = [];
    const joined: Credentials[] = [];
    for (const [index, participant] of PARTICIPANTS.entries()) {
      const phone = await env.browser.newContext(PHONE);
      phones.push(phone);
      const { page: phonePage, credentials } = await join(phone, code, joinUrl, participant);
      if (index === 0) {
        // The join page itself, scanned and pictured before the first one starts.
        await phonePage.goto(joinUrl);
        await phonePage.locator('#join-start').waitFor();
        found['join page'] = await seriousViolations(phonePage);
        const { scrollWidth, offenders } = await horizontalOverflow(phonePage);
        expect(scrollWidth, offenders.join(', ')).toBeLessThanOrEqual(360);
        await takeScreenshot(phonePage, 'workshop-join-phone');
      }
      joined.push(credentials);
    }
    await expect
      .poll(() => page.locator('[data-count="joined"] .count-value').textContent(), {
        timeout: 10_000,
      })
      .toBe('3');
    for (const [index, credentials] of joined.entries()) {
      await submitThroughApi(env.web.app, credentials, PARTICIPANTS[index]!.profile);
    }

    // The dashboard catches up by itself (it asks every 3 s).
    await expect
      .poll(() => page.locator('[data-count="submitted"] .count-value').textContent(), {
        timeout: 10_000,
      })
      .toBe('3');
    expect(await page.locator('[data-count="inProgress"] .count-value').textContent()).toBe('0');
    const rows = page.locator('table.participants tbody tr');
    await expect.poll(() => rows.count()).toBe(3);
    const names = await page.locator('table.participants tbody th').allTextContents();
    expect(names.sort()).toEqual(PARTICIPANTS.map((p) => p.name).sort());
    expect(await page.locator('table.participants .status-submitted').count()).toBe(3);
    const canvas = page.locator('.group-radar canvas');
    await expect
      .poll(() => paintedPixels(canvas, MEAN_INK), { timeout: 10_000 })
      .toBeGreaterThan(500);
    // The table says what the radar draws: one row an area, then the overall index.
    const areaCount = (
      await env.web.app.inject({ method: 'GET', url: '/api/questionnaires/asso-numerique' })
    ).json<{ areas: unknown[] }>().areas.length;
    expect(await page.locator('table.group-scores tbody tr').count()).toBe(areaCount + 1);
    expect(await page.locator('table.level-counts tbody tr').count()).toBe(areaCount);
    expect(await page.locator('ol.shared-priorities li').count()).toBeGreaterThan(0);
    found.dashboard = await seriousViolations(page);
    await takeScreenshot(page, 'workshop-dashboard-1280');
    await takeScreenshot(page, 'workshop-dashboard-1280-first-screen', { fullPage: false });

    // The exports.
    const csv = await downloadFile(page, 'export-csv');
    expect(csv.fileName).toMatch(/\.csv$/);
    expect([...csv.content.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csvText = csv.content.toString('utf8');
    expect(csvText.split('\n')[0]).toContain(';');
    for (const { name } of PARTICIPANTS) expect(csvText).toContain(name);
    const groupPdf = await downloadFile(page, 'export-pdf');
    expect(groupPdf.fileName).toMatch(/\.pdf$/);
    expect(groupPdf.content.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const groupText = await pdfText(groupPdf.content);
    for (const { name } of PARTICIPANTS) expect(groupText).toContain(name);
    const zip = await downloadFile(page, 'export-zip');
    expect(zip.content.subarray(0, 2).toString('latin1')).toBe('PK');

    // The projector: the code and the QR code alone, full screen; Escape leaves.
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.locator('#group-radar-title').scrollIntoViewIfNeeded();
    await takeScreenshot(page, 'workshop-dashboard-1920-radar', { fullPage: false });
    await page.locator('#full-screen').click();
    const overlay = page.locator('.full-screen');
    await overlay.waitFor();
    expect(await overlay.locator('.full-screen-code').getAttribute('data-code')).toBe(code);
    await expect
      .poll(() =>
        overlay.locator('img').evaluate((img: { naturalWidth: number }) => img.naturalWidth),
      )
      .toBeGreaterThan(0);
    const codeBox = (await overlay.locator('.full-screen-code').boundingBox())!;
    expect(codeBox.height).toBeGreaterThan(120);
    expect(codeBox.x + codeBox.width).toBeLessThanOrEqual(1920);
    await takeScreenshot(page, 'workshop-full-screen-1920', { fullPage: false });
    await page.keyboard.press('Escape');
    await overlay.waitFor({ state: 'detached' });
    expect(await page.evaluate<string>('document.activeElement?.id ?? ""')).toBe('full-screen');
    await page.setViewportSize(LAPTOP.viewport);

    // A participant who allowed it: their answers; one who did not: their scores only.
    const rowOf = (name: string) => rows.filter({ hasText: name });
    await waitForNewPage(page, () => rowOf(PARTICIPANTS[0]!.name).locator('a').click());
    expect(await page.locator('#app h1').textContent()).toContain(PARTICIPANTS[0]!.name);
    expect(await page.locator('dl.answers dt').count()).toBeGreaterThan(10);
    await page.locator('.radar canvas').waitFor();
    found['participant results'] = await seriousViolations(page);
    await takeScreenshot(page, 'workshop-participant-answers-shared');
    await waitForNewPage(page, () => page.locator('.facilitator-bar a').click());
    await waitForNewPage(page, () => rowOf(PARTICIPANTS[1]!.name).locator('a').click());
    expect(await page.locator('dl.answers').count()).toBe(0);
    expect(await page.locator('#answers-title + p').textContent()).toMatch(/seuls ses scores/);
    const participantPdf = await downloadFile(page, 'participant-report');
    expect(await pdfText(participantPdf.content)).toContain(PARTICIPANTS[1]!.name);
    await waitForNewPage(page, () => page.locator('.facilitator-bar a').click());

    // Closing: confirmed, then nobody else can join.
    await page.locator('#close-workshop').click();
    await page
      .getByRole('dialog', { name: 'Clore l’atelier' })
      .getByRole('button', { name: 'Clore l’atelier' })
      .click();
    await page.locator('.workshop-status .status-closed').waitFor();
    expect(await page.locator('#close-workshop').isHidden()).toBe(true);
    const late = await env.browser.newContext(PHONE);
    const latePage = await late.newPage();
    await waitForNewPage(latePage, () => latePage.goto(joinUrl));
    expect(await alertOf(latePage, '#app').textContent()).toBe(
      'Cet atelier est clos : il n’est plus possible de le rejoindre.',
    );
    expect(await latePage.locator('#join-start').count()).toBe(0);

    // In English, the dashboard speaks English only (the server's titles included).
    await waitForNewPage(page, () => page.locator('#lang-switch button[lang="en"]').click());
    await page.locator('.join-panel .join-code').waitFor();
    expect(await page.locator('#counts-title').textContent()).toBe('Participation');
    expect(await page.locator('#group-radar-title').textContent()).toBe('The group’s radar');
    const english = await pageText(page);
    // What people typed (the workshop's title, the names) is theirs, in their language.
    const typed = [WORKSHOP_TITLE, ...PARTICIPANTS.map((p) => p.name)].join('\n');
    expect(
      frenchOnlyUiStrings().filter((french) => english.includes(french) && !typed.includes(french)),
    ).toEqual([]);
    await waitForNewPage(page, () => page.locator('#lang-switch button[lang="fr"]').click());

    // Signing out: back to the sign-in form, and the session is gone for the server too.
    await waitForNewPage(page, () => page.locator('#sign-out').click());
    expect(await page.locator('#app h1').textContent()).toBe('Espace animateur');
    await page.goto(`${env.web.url}/#/animateur/atelier/x`);
    await page.reload();
    await page.locator('#signin-email').waitFor();

    for (const context of [facilitator, late, ...phones]) await context.close();
    expect(found).toEqual({
      'sign-in': [],
      'join page': [],
      dashboard: [],
      'participant results': [],
    });
  });

  test('when a code is unknown or a password is wrong, then the page says so in words, and too many attempts are explained', async () => {
    const account = await addFacilitator(env.web.app);
    const phone = await env.browser.newContext(PHONE);
    const page = await phone.newPage();
    await page.goto(env.web.url);
    await page.locator('#join-code').fill('zzz-999');
    await waitForNewPage(page, () => page.locator('.join-box button[type="submit"]').click());
    expect(page.url()).toBe(`${env.web.url}/#/atelier/ZZZ999`);
    expect(await alertOf(page, '#app .join').textContent()).toBe(
      'Aucun atelier ne porte le code ZZZ 999. Vérifiez le code auprès de l’animateur et saisissez-le à nouveau.',
    );
    // The box to try again is right there.
    await page.locator('#join-code').waitFor();
    await takeScreenshot(page, 'workshop-unknown-code-phone');

    const laptop = await env.browser.newContext(LAPTOP);
    const signInPage = await laptop.newPage();
    await signInPage.goto(`${env.web.url}/#/animateur`);
    await signInPage.locator('#signin-email').waitFor();
    const problem = alertOf(signInPage, '.signin-problem');
    for (let attempt = 1; attempt <= 4; attempt += 1) {
      await signIn(signInPage, { ...account, password: `pas le bon ${attempt}` });
      // Busy from the click until the server has answered.
      await signInPage.locator('.signin-form button:not([aria-disabled])').waitFor();
      await expect
        .poll(() => problem.textContent())
        .toBe('Adresse e-mail ou mot de passe incorrect.');
      expect(await signInPage.locator('#signin-password').inputValue()).toBe('');
      expect(await signInPage.evaluate<string>('document.activeElement?.id ?? ""')).toBe(
        'signin-password',
      );
      if (attempt === 1) await takeScreenshot(signInPage, 'workshop-sign-in-refused');
    }
    // The fifth within the minute: refused before the password is even checked.
    await signIn(signInPage, account);
    await expect.poll(() => problem.textContent()).toMatch(/^Trop de tentatives de connexion/);
    expect(await signInPage.locator('#app h1').textContent()).toBe('Espace animateur');
    await phone.close();
    await laptop.close();
  });

  test('when the session expires during a workshop, then the dashboard asks to sign in again, says why, and comes back to the same workshop', async () => {
    const account = await addFacilitator(env.web.app);
    const context = await env.browser.newContext(LAPTOP);
    const page = await context.newPage();
    await page.goto(`${env.web.url}/#/animateur`);
    await page.locator('#signin-email').waitFor();
    await waitForNewPage(page, () => signIn(page, account));
    await page.locator('#workshop-title').fill(WORKSHOP_TITLE);
    await waitForNewPage(page, () => page.locator('.create-form button[type="submit"]').click());
    const dashboardUrl = page.url();
    expect(dashboardUrl).toMatch(/#\/animateur\/atelier\/[^/]+$/);

    // The cookie gone, as when the session times out: the next refresh finds out.
    await context.clearCookies();
    await page.locator('#signin-email').waitFor({ timeout: 10_000 });
    expect(page.url()).toBe(dashboardUrl);
    expect(await page.locator('.signin-problem [role="status"]').textContent()).toBe(
      'Votre session a expiré : reconnectez-vous.',
    );
    await waitForNewPage(page, () => signIn(page, account));
    expect(page.url()).toBe(dashboardUrl);
    expect(await page.locator('#workshop-title').textContent()).toContain(WORKSHOP_TITLE);
    await context.close();
  });

  test('when the workshop closes while a participant is answering, then their page says their answers can no longer be saved', async () => {
    const account = await addFacilitator(env.web.app);
    const workshop = await env.web.app.useCases.createWorkshop({
      facilitatorId: account.id!,
      title: WORKSHOP_TITLE,
      date: '2026-11-26',
      questionnaireId: 'asso-numerique',
    });
    const phone = await env.browser.newContext(PHONE);
    const { page } = await join(phone, workshop.joinCode, workshop.joinUrl, {
      ...PARTICIPANTS[1]!,
      way: 'join link',
    });
    await env.web.app.useCases.closeWorkshop({
      facilitatorId: account.id!,
      workshopId: workshop.id,
    });
    await page.locator('fieldset.question label.choice').first().tap();
    const state = page.locator('#save-state[data-state="error"]');
    await state.waitFor({ timeout: 10_000 });
    expect(await state.textContent()).toBe(
      'L’atelier est clos : vos réponses ne peuvent plus être enregistrées.',
    );
    await takeScreenshot(page, 'workshop-closed-while-answering-phone', { fullPage: false });
    await phone.close();
  });

  test('when the dashboard is hidden (another tab, a laptop asleep), then it stops asking for news, and asks at once when shown again', async () => {
    const account = await addFacilitator(env.web.app);
    const context = await env.browser.newContext(LAPTOP);
    // Playwright's clock: time flows as usual, and the page's 4 s hidden are run at once.
    await context.clock.install();
    const page = await context.newPage();
    await page.goto(`${env.web.url}/#/animateur`);
    await page.locator('#signin-email').waitFor();
    await waitForNewPage(page, () => signIn(page, account));
    await page.locator('#workshop-title').fill(WORKSHOP_TITLE);
    await waitForNewPage(page, () => page.locator('.create-form button[type="submit"]').click());
    const asked: number[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/dashboard')) asked.push(Date.now());
    });
    await expect.poll(() => asked.length, { timeout: 5_000 }).toBeGreaterThan(0);

    const setHidden = (hidden: boolean) =>
      page.evaluate(
        `Object.defineProperty(document, 'hidden', { configurable: true, get: () => ${hidden} });
         document.dispatchEvent(new Event('visibilitychange'));`,
      );
    await setHidden(true);
    const hiddenAt = Date.now();
    // More than the 3 s refresh of the dashboard, every timer of the page fired on the way.
    await page.clock.runFor(4_000);
    expect(asked.filter((at) => at > hiddenAt)).toEqual([]);

    // Taken before the page is shown: its request may leave before evaluate() returns.
    const shownAt = Date.now();
    await setHidden(false);
    await expect.poll(() => asked.filter((at) => at >= shownAt).length, { timeout: 3_000 }).toBe(1);
    await context.close();
  });
});
