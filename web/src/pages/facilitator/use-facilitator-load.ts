import { useEffect, useState } from 'preact/hooks';
import { isSignedOut } from '../../facilitator-api.js';
import { navigate } from '../../navigate.js';
import { useLoad, type Loaded } from '../../use-load.js';

/**
 * What a facilitator's page fetches, as `useLoad`, with a way to try again. A 401 (the session
 * expired) reopens the same address: the sign-in form, then back here; `signedOut` says to draw
 * nothing meanwhile.
 */
export function useFacilitatorLoad<T>(
  load: () => Promise<T>,
  deps: unknown[],
): { loaded: Loaded<T>; signedOut: boolean; retry: () => void } {
  const [attempt, setAttempt] = useState(0);
  const loaded = useLoad(load, [...deps, attempt]);
  const signedOut = loaded.state === 'failed' && isSignedOut(loaded.error);
  useEffect(() => {
    if (signedOut) navigate(location.hash);
  }, [signedOut]);
  return { loaded, signedOut, retry: () => setAttempt((n) => n + 1) };
}
