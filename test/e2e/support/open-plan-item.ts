import type { Page } from 'playwright-core';

/**
 * Opens the results' first plan item: under "Par où commencer" the rest of the plan is folded
 * by area, so its first area is opened first; a plan by horizon has no such fold.
 */
export async function openFirstPlanItem(page: Page, how: 'click' | 'tap' = 'click'): Promise<void> {
  const area = page.locator('details.plan-area').first();
  if ((await area.count()) > 0) await area.locator(':scope > summary')[how]();
  await page.locator('ol.plan > li summary').first()[how]();
}
