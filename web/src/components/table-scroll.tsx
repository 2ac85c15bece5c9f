import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { t } from '../i18n.js';

/**
 * A table too wide for the screen (a phone, mostly) scrolls sideways in its own box, which says
 * so above it: without the hint, the cut-off columns look like all there is. The box takes the
 * keyboard's focus so that the arrows scroll it, and is named for screen readers.
 */
export function TableScroll({ label, children }: { label: string; children: ComponentChildren }) {
  const box = useRef<HTMLDivElement>(null);
  const [overflows, setOverflows] = useState(false);
  useLayoutEffect(() => {
    const measure = () => {
      const element = box.current;
      if (element) setOverflows(element.scrollWidth > element.clientWidth + 1);
    };
    measure();
    window.addEventListener('resize', measure);
    return () => window.removeEventListener('resize', measure);
  });
  return (
    <>
      {overflows && (
        <p class="scroll-hint meta" aria-hidden="true">
          {t('table.scrollHint')}
        </p>
      )}
      <div ref={box} class="table-scroll" tabIndex={0} role="region" aria-label={label}>
        {children}
      </div>
    </>
  );
}
