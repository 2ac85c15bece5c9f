import { useEffect, useState } from 'preact/hooks';

export type Loaded<T> =
  { state: 'loading' } | { state: 'loaded'; value: T } | { state: 'failed'; error: unknown };

/**
 * What a page fetches before it can draw: loading, then the value or the error. A change of
 * `deps` fetches again; an answer that comes after the component left is dropped.
 */
export function useLoad<T>(load: () => Promise<T>, deps: unknown[]): Loaded<T> {
  const [loaded, setLoaded] = useState<Loaded<T>>({ state: 'loading' });
  useEffect(() => {
    let live = true;
    setLoaded({ state: 'loading' });
    load().then(
      (value) => live && setLoaded({ state: 'loaded', value }),
      (error: unknown) => live && setLoaded({ state: 'failed', error }),
    );
    return () => {
      live = false;
    };
    // The caller names what the load depends on, as with useEffect.
  }, deps);
  return loaded;
}
