import { downloadedBytes } from './downloaded-bytes.js';
import type { Page } from 'playwright-core';

export interface DownloadedFile {
  /** The name the browser saves it under. */
  fileName: string;
  content: Buffer;
}

const TIMEOUT_MS = 20_000;

/**
 * Clicks a download button of the facilitator's pages (by its id) and returns the file the
 * browser saved. Should the page say the download failed, that is the error, at once.
 */
export async function downloadFile(page: Page, buttonId: string): Promise<DownloadedFile> {
  const downloaded = page.waitForEvent('download', { timeout: TIMEOUT_MS });
  const problem = page.locator(`.download:has(#${buttonId}) .download-problem [role="alert"]`);
  await page.locator(`#${buttonId}`).click();
  const refused = problem.waitFor({ timeout: TIMEOUT_MS }).then(async () => {
    throw new Error(
      `the page refused the download of #${buttonId}: ${await problem.textContent()}`,
    );
  });
  refused.catch(() => {});
  const download = await Promise.race([downloaded, refused]);
  const failure = await download.failure();
  if (failure) throw new Error(`the download of #${buttonId} failed: ${failure}`);
  return { fileName: download.suggestedFilename(), content: await downloadedBytes(download) };
}
