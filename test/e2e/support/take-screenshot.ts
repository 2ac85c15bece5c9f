import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';

/** Kept as test artefacts (test-results/ is gitignored): what the volunteer saw, page by page. */
export const SCREENSHOTS_DIR = fileURLToPath(
  new URL('../../../test-results/e2e/', import.meta.url),
);

/**
 * The whole page, or with `fullPage: false` only what the first screen shows. One image pixel
 * per CSS pixel: a phone's twice-as-dense picture shows the same layout and costs the shared
 * Chromium four times the pixels to paint and encode.
 */
export async function takeScreenshot(
  page: Page,
  name: string,
  { fullPage = true }: { fullPage?: boolean } = {},
): Promise<void> {
  mkdirSync(SCREENSHOTS_DIR, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS_DIR, `${name}.png`), fullPage, scale: 'css' });
}
