import { describe, expect, test } from 'vitest';
import { AnswersFile } from '../../src/domain/index.js';
import { respondentApi } from '../support/respondent-api.js';
import { useBrowserAndApp } from './support/browser-and-app.js';
import { downloadFile } from './support/download-file.js';
import { horizontalOverflow } from './support/horizontal-overflow.js';
import { storedItem } from './support/stored-item.js';
import { submittedResponse } from './support/submitted-response.js';
import { takeScreenshot } from './support/take-screenshot.js';

describe('the answers file', () => {
  const env = useBrowserAndApp();

  test('when a volunteer downloads their answers and loads the file back from the home page with the keyboard, then a new diagnosis opens with the same answers', async () => {
    const context = await env.browser.newContext({
      viewport: { width: 390, height: 844 },
      locale: 'fr-FR',
      acceptDownloads: true,
    });
    const page = await context.newPage();
    const credentials = await submittedResponse(env.web.app, {
      associationName: 'Les Amis du Quartier',
    });
    await page.goto(`${env.web.url}/#/reprendre/${credentials.id}/${credentials.token}`);
    await page.locator('#answers-download').waitFor({ timeout: 10_000 });
    expect(await page.locator('#answers-download').textContent()).toBe(
      'Télécharger mes réponses (JSON)',
    );

    const downloaded = await downloadFile(page, 'answers-download');
    expect(downloaded.fileName).toMatch(/^assoradar-reponses-asso-numerique-.*\.json$/);
    const file = AnswersFile.parse(JSON.parse(downloaded.content.toString('utf8')));
    const original = await respondentApi(env.web.app).get(credentials.id, credentials.token);
    expect(file.answers).toEqual(original.json<{ answers: object }>().answers);
    expect(file.associationName).toBe('Les Amis du Quartier');

    await page.goto(`${env.web.url}/#/`);
    const input = page.locator('#answers-file');
    await input.waitFor();
    // A file chooser cannot be driven from the keyboard in a headless browser: the file is set
    // on the focused input, then the form is sent with Tab and Enter.
    await input.focus();
    await input.setInputFiles({
      name: downloaded.fileName,
      mimeType: 'application/json',
      buffer: downloaded.content,
    });
    await takeScreenshot(page, 'answers-file-home-phone');
    expect((await horizontalOverflow(page)).offenders).toEqual([]);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.waitForURL(/#\/diagnostic\/[^/]+\/0$/, { timeout: 10_000 });

    const newId = /#\/diagnostic\/([^/]+)\/0$/.exec(page.url())![1]!;
    expect(newId).not.toBe(credentials.id);
    const stored = JSON.parse((await storedItem(page, 'assoradar.current')) ?? '{}') as {
      id: string;
      token: string;
    };
    expect(stored.id).toBe(newId);
    const loaded = await respondentApi(env.web.app).get(stored.id, stored.token);
    expect(loaded.json()).toMatchObject({
      status: 'draft',
      associationName: 'Les Amis du Quartier',
      answers: file.answers,
    });
    await context.close();
  });

  test('when the file is not an answers file, then the home page says why next to the field (in the browser’s language)', async () => {
    const page = await env.browser.newPage();
    await page.goto(`${env.web.url}/#/`);
    await page.locator('#answers-file').setInputFiles({
      name: 'autre.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ format: 'autre' })),
    });
    await page.locator('form.load-answers button[type="submit"]').click();
    const alert = page.locator('#answers-file-status [role="alert"]');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('This file cannot be loaded');
    expect(await alert.textContent()).toContain('/format');
    await page.close();
  });

  test('when the file names a version this server lacks, then the page says how many answers were left behind before opening the diagnosis on the latest version', async () => {
    const context = await env.browser.newContext({ locale: 'fr-FR' });
    const page = await context.newPage();
    await page.goto(`${env.web.url}/#/`);
    await page.locator('#answers-file').setInputFiles({
      name: 'ancien.json',
      mimeType: 'application/json',
      buffer: Buffer.from(
        JSON.stringify({
          format: 'assoradar-answers',
          formatVersion: 1,
          questionnaireId: 'asso-numerique',
          version: '0.9.0',
          locale: 'fr',
          associationName: null,
          answers: { budget: 'under-10k', 'question-retiree': 'oui' },
          exportedAt: '2025-11-26T10:00:00.000Z',
        }),
      ),
    });
    await page.locator('form.load-answers button[type="submit"]').click();
    const open = page.locator('#answers-file-open');
    await open.waitFor();
    expect(await page.locator('#answers-file-status .notice').textContent()).toContain(
      'version 1.2.0 du questionnaire ; 1 réponse ne correspondait plus',
    );
    expect(await page.evaluate<string>('document.activeElement?.id ?? ""')).toBe(
      'answers-file-open',
    );
    await page.keyboard.press('Enter');
    await page.waitForURL(/#\/diagnostic\/[^/]+\/0$/);
    await context.close();
  });
});
