import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { respondentApi } from '../support/respondent-api.js';
import { paintedPixels } from './support/painted-pixels.js';
import type { Credentials } from './support/start-diagnosis.js';
import { submitThroughApi, type Profile } from './support/submit-through-api.js';
import { useBrowserAndApp } from './support/browser-and-app.js';
import { takeScreenshot } from './support/take-screenshot.js';

/** The comparison's ink on the radar (web/src/components/radar-chart.ts). */
const PEER_INK: [number, number, number] = [0x8a, 0x4b, 0x00];

describe('the comparison with associations of the same budget', () => {
  const env = useBrowserAndApp();

  const submitted = async (profile: Profile): Promise<Credentials> => {
    const { id, token } = await respondentApi(env.web.app).started({
      questionnaireId: 'asso-numerique',
    });
    await submitThroughApi(env.web.app, { id, token }, profile);
    return { id, token };
  };
  const areaScores = async ({ id, token }: Credentials) =>
    (await respondentApi(env.web.app).get(id, token)).json<{
      profile: { areas: Array<{ id: string; score: number | null }> };
    }>().profile.areas;
  const openResults = async (page: Page, { id, token }: Credentials) => {
    await page.goto(`${env.web.url}/#/reprendre/${id}/${token}`);
    await page.locator('table.scores').waitFor({ timeout: 10_000 });
  };

  test('when fewer than five associations of a budget have submitted, then the results show none; from the fifth, a dashed second polygon, a column and a sentence give their average', async () => {
    const group = [
      await submitted('low'),
      await submitted('middle'),
      await submitted('high'),
      await submitted('high'),
    ];
    const context = await env.browser.newContext({
      viewport: { width: 1280, height: 900 },
      locale: 'fr-FR',
      reducedMotion: 'reduce',
    });
    const page = await context.newPage();
    const mine = group[1]!;
    await openResults(page, mine);
    expect(await page.locator('table.scores thead th').allTextContents()).toEqual([
      'Domaine',
      'Score',
      'Niveau',
    ]);
    expect(await page.locator('.peers-note').count()).toBe(0);
    await expect.poll(() => paintedPixels(page.locator('.radar canvas'))).toBeGreaterThan(5_000);
    expect(await paintedPixels(page.locator('.radar canvas'), PEER_INK)).toBe(0);

    group.push(await submitted('middle'));
    await page.reload();
    await page.locator('table.scores').waitFor();
    expect(await page.locator('table.scores thead th').allTextContents()).toEqual([
      'Domaine',
      'Score',
      'Niveau',
      'Même budget (5)',
    ]);
    expect(await page.locator('.peers-note').textContent()).toBe(
      'La courbe en pointillés est la moyenne des 5 associations de même budget qui ont envoyé leur diagnostic. Elle ne montre aucune association en particulier.',
    );
    // The column: each area's mean over the five, to one decimal, as French writes it.
    const profiles = await Promise.all(group.map(areaScores));
    const expected = profiles[0]!.map(({ id }) => {
      const scores = profiles
        .map((areas) => areas.find((area) => area.id === id)!.score)
        .filter((score): score is number => score !== null);
      if (scores.length === 0) return '—';
      const mean = Math.round((scores.reduce((a, b) => a + b, 0) / scores.length) * 10) / 10;
      return new Intl.NumberFormat('fr', { maximumFractionDigits: 1 }).format(mean);
    });
    expect(await page.locator('table.scores tbody td:nth-child(4)').allTextContents()).toEqual(
      expected,
    );
    await expect
      .poll(() => paintedPixels(page.locator('.radar canvas'), PEER_INK))
      .toBeGreaterThan(300);
    await page.locator('#radar-title').scrollIntoViewIfNeeded();
    await takeScreenshot(page, 'results-peer-comparison', { fullPage: false });
    await context.close();
  });
});
