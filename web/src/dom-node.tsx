import { useLayoutEffect, useRef } from 'preact/hooks';

/**
 * An element built by a not yet converted `h()` function, placed inside a component (in a
 * wrapper that takes no room: display: contents). Goes with the last such function.
 */
export function DomNode({ node }: { node: Node | string }) {
  const host = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    host.current!.replaceChildren(node);
  }, [node]);
  return <div class="mounted" ref={host} />;
}
