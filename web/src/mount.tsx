import { render, type VNode } from 'preact';
import { onLeave } from './dom.js';

/**
 * A component inside a page not yet converted: drawn into an element that takes no room of its
 * own (display: contents), and unmounted when the router leaves the page. Goes with LegacyPage.
 */
export function mount(component: VNode): HTMLElement {
  const host = document.createElement('div');
  host.className = 'mounted';
  render(component, host);
  onLeave(() => render(null, host));
  return host;
}
