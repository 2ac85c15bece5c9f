import { useEffect, useRef } from 'preact/hooks';
import { leavePage } from './dom.js';
import { navigate } from './navigate.js';

/** A page not yet converted: today's `show*(root, ..., navigate)` functions. */
export type ShowPage = (root: HTMLElement, navigate: (path: string) => void) => unknown;

/**
 * The transition adapter: mounts a page written with `h()` inside the component tree, and stops
 * its timers and listeners (`onLeave`) when the router leaves it. Deleted with the last such page.
 */
export function LegacyPage({ show }: { show: ShowPage }) {
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    void show(root.current!, navigate);
    return leavePage;
  }, [show]);
  return <div class="page" ref={root} />;
}
