import { useLayoutEffect, useRef } from 'preact/hooks';

/**
 * A page's heading takes the focus when the page is drawn, and the window goes back to the top,
 * so that keyboard and screen-reader users start reading the new page (as `showPage` did).
 */
export function useFocusHeading<T extends HTMLElement>() {
  const heading = useRef<T>(null);
  useLayoutEffect(() => {
    const element = heading.current;
    if (!element) return;
    element.tabIndex = -1;
    element.focus();
    window.scrollTo({ top: 0 });
  }, []);
  return heading;
}
