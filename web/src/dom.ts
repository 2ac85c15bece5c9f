type Child = Node | string | null | undefined | false;
type Attributes = Record<string, string | number | boolean | EventListener | undefined>;

/**
 * Creates an element: `h('button', { type: 'button', onclick: go }, 'Next')`. Text children are
 * text nodes, never HTML, so questionnaire texts cannot inject markup.
 */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    if (typeof value === 'function') element.addEventListener(name.slice(2), value);
    else if (value === true) element.setAttribute(name, '');
    else element.setAttribute(name, String(value));
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    element.append(child);
  }
  return element;
}

/** Replaces the page content and moves focus to its heading, for keyboard and screen readers. */
export function showPage(root: HTMLElement, ...content: Node[]): void {
  root.replaceChildren(...content);
  const heading = root.querySelector('h1, h2');
  if (heading instanceof HTMLElement) {
    heading.tabIndex = -1;
    heading.focus();
  }
  window.scrollTo({ top: 0 });
}

/** Says something to screen readers and shows it in the status bar. */
export function announce(message: string): void {
  const status = document.getElementById('status');
  if (status) status.textContent = message;
}

const leaving: Array<() => void> = [];

/** Runs when the router leaves the page: stops a page's timers and listeners. */
export function onLeave(stop: () => void): void {
  leaving.push(stop);
}

/** Called by the router before it draws another page. */
export function leavePage(): void {
  for (const stop of leaving.splice(0)) stop();
}
