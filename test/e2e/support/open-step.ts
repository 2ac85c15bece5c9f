import type { Page } from 'playwright-core';
import type { Credentials } from './start-diagnosis.js';
import { waitForNewPage } from './wait-for-new-page.js';

/** Opens a step of the diagnosis by its address, as a bookmark or a review link would. */
export async function openStep(
  page: Page,
  origin: string,
  { id }: Credentials,
  step: number,
): Promise<void> {
  await waitForNewPage(page, () => page.goto(`${origin}/#/diagnostic/${id}/${step}`));
}
