import { useEffect, useRef } from 'preact/hooks';

/**
 * A bar's filled part, `share` (0-1) of its width, sized through the CSSOM: the
 * Content-Security-Policy allows no style attribute.
 */
export function ShareFill({ share }: { share: number }) {
  const fill = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    fill.current!.style.setProperty('width', `${Math.round(share * 100)}%`);
  }, [share]);
  return <span ref={fill} />;
}
