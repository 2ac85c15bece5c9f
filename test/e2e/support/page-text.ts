import type { Page } from 'playwright-core';

/**
 * What the page says to a reader and to a screen reader: the visible text (live regions
 * included), the title and every aria-label.
 */
export function pageText(page: Page): Promise<string> {
  return page
    .locator('body')
    .evaluate((body) =>
      [
        body.ownerDocument.title,
        body.innerText,
        ...[...body.querySelectorAll('[aria-label]')].map(
          (element: { getAttribute(name: string): string }) => element.getAttribute('aria-label'),
        ),
      ].join('\n'),
    );
}
