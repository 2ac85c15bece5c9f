import { downloadedBytes } from './downloaded-bytes.js';
import type { Page } from 'playwright-core';

export interface DownloadedReport {
  /** The name the browser saves it under. */
  fileName: string;
  content: Buffer;
}

const TIMEOUT_MS = 15_000;

/**
 * Starts the download of the PDF report as a volunteer would (a click on its button, unless
 * told otherwise) and returns the file the browser saved. Should the page say the download
 * failed, that is the error, at once.
 */
export async function downloadReport(
  page: Page,
  start: () => Promise<unknown> = () => page.locator('#report-download').click(),
): Promise<DownloadedReport> {
  const downloaded = page.waitForEvent('download', { timeout: TIMEOUT_MS });
  // A click clears the message of an earlier failure: one seen after it is about this one.
  await start();
  const refused = page
    .locator('.report-problem [role="alert"]')
    .waitFor({ timeout: TIMEOUT_MS })
    .then(async () => {
      const said = await page.locator('.report-problem').textContent();
      throw new Error(`the page refused the download of the report: ${said}`);
    });
  refused.catch(() => {});
  const download = await Promise.race([downloaded, refused]);
  const failure = await download.failure();
  if (failure) throw new Error(`the download of the report failed: ${failure}`);
  return { fileName: download.suggestedFilename(), content: await downloadedBytes(download) };
}
