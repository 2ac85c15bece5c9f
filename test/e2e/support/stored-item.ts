import type { Page } from 'playwright-core';

/**
 * An item of the page's localStorage. The expression is a string because the tests compile
 * without the DOM library (adding it would also type the server code as if it ran in a browser).
 */
export function storedItem(page: Page, key: string): Promise<string | null> {
  return page.evaluate<string | null>(`localStorage.getItem(${JSON.stringify(key)})`);
}
