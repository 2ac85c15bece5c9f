import type { Page } from 'playwright-core';
import type { StartedResponse } from '../../support/respondent-api.js';
import { storedItem } from './stored-item.js';
import { waitForNewPage } from './wait-for-new-page.js';

/** What the device keeps of a started diagnosis: the API's own contract, not a copy. */
export type Credentials = Pick<StartedResponse, 'id' | 'token'>;

/**
 * Clicks the start button of a questionnaire (asso-numerique unless told) on the home page
 * already open.
 */
export async function startDiagnosis(
  page: Page,
  questionnaireId = 'asso-numerique',
): Promise<Credentials> {
  const start = page.locator(
    `article.questionnaire[data-questionnaire="${questionnaireId}"] button.primary`,
  );
  // The home page is drawn once its start button stands: only then is its heading the old one.
  await start.waitFor();
  await waitForNewPage(page, () => start.click());
  await page.waitForURL(/#\/diagnostic\/[0-9a-f-]{36}\/0$/, { timeout: 10_000 });
  const match = /#\/diagnostic\/([0-9a-f-]{36})\/0$/.exec(page.url());
  if (!match) throw new Error(`the diagnosis did not open on its first step: ${page.url()}`);
  const stored = JSON.parse((await storedItem(page, 'assoradar.current')) ?? 'null') as Credentials;
  if (stored?.id !== match[1]) throw new Error('the started diagnosis is not remembered');
  return stored;
}
