/**
 * Folded texts (the plan's recommendations, the proposals) print open: a closed <details> hides
 * its text from the printer as from the screen. Those opened for printing fold again after.
 */
export function openDetailsWhilePrinting(): void {
  let opened: HTMLDetailsElement[] = [];
  window.addEventListener('beforeprint', () => {
    opened = [...document.querySelectorAll<HTMLDetailsElement>('main details:not([open])')];
    for (const details of opened) details.open = true;
  });
  window.addEventListener('afterprint', () => {
    for (const details of opened) details.open = false;
    opened = [];
  });
}
