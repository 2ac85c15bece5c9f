import type { Page } from 'playwright-core';

export interface Overflow {
  /** The document's width: above the viewport's, the page scrolls sideways. */
  scrollWidth: number;
  viewportWidth: number;
  /** The elements reaching past the right edge, as "tag.class#id (right edge px)". */
  offenders: string[];
}

/** What sticks out of the viewport sideways, to say which element is too wide. */
export function horizontalOverflow(page: Page): Promise<Overflow> {
  return page.locator('html').evaluate((html) => {
    const viewportWidth = html.clientWidth as number;
    const describe = (element: { tagName: string; id: string; classList: Iterable<string> }) =>
      `${element.tagName.toLowerCase()}${[...element.classList].map((c) => `.${c}`).join('')}${element.id ? `#${element.id}` : ''}`;
    const offenders = [...html.querySelectorAll('body *')]
      .map((element) => ({ element, right: element.getBoundingClientRect().right as number }))
      .filter(({ right }) => right > viewportWidth + 0.5)
      .map(({ element, right }) => `${describe(element)} (${Math.round(right)} px)`);
    return { scrollWidth: html.scrollWidth as number, viewportWidth, offenders };
  });
}
