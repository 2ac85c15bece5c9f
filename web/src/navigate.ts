/**
 * Opens a page by its link (`navigate(links.results(id))`). The same address again draws the
 * page again, as a click on its link would be expected to.
 */
export function navigate(path: string): void {
  if (location.hash === path) window.dispatchEvent(new HashChangeEvent('hashchange'));
  else location.hash = path;
}
