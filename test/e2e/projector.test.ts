import type { Locator, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { addFacilitator } from './support/add-facilitator.js';
import { horizontalOverflow } from './support/horizontal-overflow.js';
import { paintedPixels } from './support/painted-pixels.js';
import { seriousViolations } from './support/serious-violations.js';
import { submitThroughApi, type Profile } from './support/submit-through-api.js';
import { useBrowserAndApp } from './support/browser-and-app.js';
import { takeScreenshot } from './support/take-screenshot.js';
import { waitForNewPage } from './support/wait-for-new-page.js';

const SCREENS = [
  { name: '1280x720', viewport: { width: 1280, height: 720 } },
  { name: '1920x1080', viewport: { width: 1920, height: 1080 } },
] as const;
/** The mean polygon's ink, and each association's grey (web/src/components/group-radar.tsx). */
const MEAN_INK: [number, number, number] = [0x1d, 0x4f, 0x91];
const ASSOCIATION_GREY = 85;

/** Pixels of an association's line: its grey at its 0.8 opacity, not the labels' solid ink. */
function associationPixels(canvas: Locator): Promise<number> {
  return canvas.evaluate((element, grey) => {
    const { data } = element.getContext('2d').getImageData(0, 0, element.width, element.height) as {
      data: Uint8ClampedArray;
    };
    let count = 0;
    for (let i = 0; i < data.length; i += 4) {
      const alpha = data[i + 3]!;
      const greyish = [0, 1, 2].every((c) => Math.abs(data[i + c]! - grey) <= 12);
      if (greyish && alpha >= 180 && alpha <= 225) count += 1;
    }
    return count;
  }, ASSOCIATION_GREY);
}

/** The controls that lie over a piece of text of the view (there must be none). */
function controlsOverText(page: Page): Promise<string[]> {
  return page.locator('.projector').evaluate((view) => {
    const boxes = (selector: string) =>
      [...view.querySelectorAll(selector)].map((element) => ({
        name: `${element.tagName.toLowerCase()}.${[...element.classList].join('.')}`,
        box: element.getBoundingClientRect(),
      }));
    type Box = { left: number; right: number; top: number; bottom: number };
    const overlap = (a: Box, b: Box) =>
      a.left < b.right && a.right > b.left && a.top < b.bottom && a.bottom > b.top;
    const controls = boxes('button');
    const texts = boxes('h2, h3, p, li, .count, canvas, img');
    return controls.flatMap((control) =>
      texts
        .filter((text) => overlap(control.box, text.box))
        .map((text) => `${control.name} over ${text.name}`),
    );
  });
}

describe('the projector view', () => {
  const env = useBrowserAndApp();

  test.each(SCREENS)(
    'when the facilitator projects a workshop at $name, then the room reads the code, the live counts and, once a diagnosis is in, the group radar with each association, and no control covers anything',
    async ({ name, viewport }) => {
      const account = await addFacilitator(env.web.app, {
        email: 'animatrice@crib-exemple.fr',
        password: 'un mot de passe assez long',
        displayName: 'CRIB du Rhône',
      });
      const workshop = await env.web.app.useCases.createWorkshop({
        facilitatorId: account.id!,
        title: 'Atelier numérique des associations sportives de Villeurbanne',
        date: '2026-12-04',
        questionnaireId: 'asso-numerique',
      });
      // No animation: the pixels are read once the chart is drawn, not while it grows.
      const context = await env.browser.newContext({
        viewport,
        locale: 'fr-FR',
        reducedMotion: 'reduce',
      });
      await context.clock.install();
      const page = await context.newPage();
      await page.goto(`${env.web.url}/#/animateur/atelier/${workshop.id}`);
      await page.locator('#signin-email').fill(account.email);
      await page.locator('#signin-password').fill(account.password);
      await waitForNewPage(page, () => page.locator('.signin-form button[type="submit"]').click());
      await page.locator('.join-panel .join-code').waitFor();
      // The centre's name at the top; no footer link to the space one is in.
      expect(await page.locator('#signed-in-as').textContent()).toBe('Connecté : CRIB du Rhône');
      expect(await page.locator('#facilitator-link').isVisible()).toBe(false);
      // The join code comes before the paper questionnaire.
      const joinTop = (await page.locator('.join-panel').boundingBox())!.y;
      const paperTop = (await page.locator('.paper-card').boundingBox())!.y;
      expect(joinTop).toBeLessThan(paperTop);

      await page.locator('#full-screen').click();
      const view = page.locator('.projector');
      await view.waitFor();
      await expect
        .poll(() =>
          view.locator('img').evaluate((img: { naturalWidth: number }) => img.naturalWidth),
        )
        .toBeGreaterThan(0);
      const code = view.locator('.full-screen-code');
      expect(await code.getAttribute('data-code')).toBe(workshop.joinCode);
      // Readable from the back: the code a sixth of the screen's height at least.
      expect((await code.boundingBox())!.height).toBeGreaterThan(viewport.height / 8);
      expect(await view.locator('.projector-counts .count-value').allTextContents()).toEqual([
        '0',
        '0',
        '0',
      ]);
      expect(await controlsOverText(page)).toEqual([]);
      expect((await horizontalOverflow(page)).scrollWidth).toBeLessThanOrEqual(viewport.width);
      await takeScreenshot(page, `projector-join-${name}`, { fullPage: false });

      // Results before any diagnosis: a sentence says when they come.
      await page.keyboard.press('r');
      expect(await view.locator('.projector-waiting').isVisible()).toBe(true);

      // Two associations join and send; the view follows the dashboard within its 3 s.
      const profiles: Profile[] = ['high', 'middle'];
      for (const [index, profile] of profiles.entries()) {
        const joined = await env.web.app.inject({
          method: 'POST',
          url: `/api/join/${workshop.joinCode}`,
          payload: { associationName: `Association ${index + 1}` },
        });
        await submitThroughApi(env.web.app, joined.json(), profile);
      }
      await page.clock.fastForward(3_000);
      const canvas = view.locator('.group-radar canvas');
      await canvas.waitFor();
      await expect.poll(() => paintedPixels(canvas, MEAN_INK)).toBeGreaterThan(500);
      expect(await associationPixels(canvas)).toBeGreaterThan(150);
      expect(await view.locator('.projector-counts .count-value').allTextContents()).toEqual([
        '2',
        '0',
        '2',
      ]);
      const levels = await view.locator('.projector-level-counts .level-count').allTextContents();
      expect(levels.map(Number).reduce((a, b) => a + b, 0)).toBe(2);
      expect(await controlsOverText(page)).toEqual([]);
      expect(await seriousViolations(page)).toEqual([]);
      await takeScreenshot(page, `projector-results-${name}`, { fullPage: false });

      // J brings the code back; Escape leaves, and the focus is back on the button.
      await page.keyboard.press('j');
      await code.waitFor();
      await page.keyboard.press('Escape');
      await view.waitFor({ state: 'detached' });
      expect(await page.evaluate<string>('document.activeElement?.id ?? ""')).toBe('full-screen');

      // The dashboard's own radar shows each association too, and its tables fit the page.
      const dashboardRadar = page.locator('.card .group-radar canvas');
      await expect.poll(() => associationPixels(dashboardRadar)).toBeGreaterThan(100);
      const tooWide = await page
        .locator('.table-scroll')
        .evaluateAll((boxes) =>
          boxes
            .filter((box) => box.scrollWidth > box.clientWidth + 1)
            .map((box) => box.querySelector('table')?.className ?? '?'),
        );
      expect(tooWide).toEqual([]);
      await takeScreenshot(page, `workshop-dashboard-${name}`);
      // On a phone, a table too wide scrolls in its box, which says so; the page itself does not.
      if (name === '1280x720') {
        await page.setViewportSize({ width: 360, height: 740 });
        await expect.poll(() => page.locator('.scroll-hint').count()).toBeGreaterThan(0);
        expect(await page.locator('.scroll-hint').first().textContent()).toContain(
          'Faites glisser',
        );
        const { scrollWidth, offenders } = await horizontalOverflow(page);
        expect(scrollWidth, offenders.join(', ')).toBeLessThanOrEqual(360);
        await takeScreenshot(page, 'workshop-dashboard-phone');
      }
      await context.close();
    },
  );
});
