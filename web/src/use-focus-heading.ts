import { useLayoutEffect, useRef } from 'preact/hooks';
import { lastInputWasKeyboard } from './last-input.js';

/**
 * A page's heading takes the focus when the page is drawn, and the window goes back to the top,
 * so that keyboard and screen-reader users start reading the new page (as `showPage` did).
 * Reached by a key, it shows the focus ring; on load or after a click, the ring (which looked like
 * a bug around a title) is left out with the `quiet-focus` class until the heading loses focus.
 */
export function useFocusHeading<T extends HTMLElement>() {
  const heading = useRef<T>(null);
  useLayoutEffect(() => {
    const element = heading.current;
    if (!element) return;
    element.tabIndex = -1;
    if (!lastInputWasKeyboard()) {
      element.classList.add('quiet-focus');
      element.addEventListener('blur', () => element.classList.remove('quiet-focus'), {
        once: true,
      });
    }
    element.focus();
    window.scrollTo({ top: 0 });
  }, []);
  return heading;
}
