import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { ApiError } from './api.js';
import { ErrorPage } from './pages/error-page.js';

/**
 * A page component in a chunk of its own (page-modules.ts): drawn once its chunk has come. A
 * chunk that cannot be fetched (the connection dropped) is said like an API call that failed.
 */
export function lazyPage<P extends object>(
  load: () => Promise<ComponentType<P>>,
): ComponentType<P> {
  let loaded: ComponentType<P> | undefined;
  return function LazyPage(props: P) {
    const [state, setState] = useState<{ page?: ComponentType<P>; error?: unknown }>({
      page: loaded,
    });
    const [attempt, setAttempt] = useState(0);
    useEffect(() => {
      if (state.page) return;
      load().then(
        (page) => {
          loaded = page;
          setState({ page });
        },
        () => setState({ error: new ApiError(0, 'network', 'offline') }),
      );
    }, [attempt]);
    if (state.error !== undefined)
      return (
        <ErrorPage
          error={state.error}
          retry={() => {
            setState({});
            setAttempt((n) => n + 1);
          }}
        />
      );
    const Page = state.page;
    return Page ? <Page {...props} /> : null;
  };
}
