import { useEffect, useState } from 'preact/hooks';
import { ApiError } from '../../api.js';
import { facilitatorApi, isSignedOut, type Dashboard } from '../../facilitator-api.js';
import { navigate } from '../../navigate.js';
import type { Loaded } from '../../use-load.js';
import { useFacilitatorLoad } from './use-facilitator-load.js';

/** How often the dashboard asks for news while the page is visible. */
export const REFRESH_MS = 3000;

/** Whether the last refresh came: `offline` and `stale` say the figures may be old. */
export type Connection = 'live' | 'offline' | 'stale';

export interface LiveDashboard {
  loaded: Loaded<Dashboard>;
  connection: Connection;
  retry: () => void;
  /** Puts a workshop the server just answered with (closed) in place, before the next refresh. */
  showWorkshop: (workshop: Dashboard['workshop']) => void;
}

/**
 * One workshop's dashboard, as projected during the session: loaded, then refreshed every 3 s
 * while the page is visible, one request at a time, none while it is hidden (a laptop asleep,
 * another tab), and at once when it comes back into view. Leaving the page stops it all. A 401
 * reopens the same address: the sign-in form, then back here.
 */
export function useDashboard(workshopId: string, lang: string): LiveDashboard {
  const { loaded: first, retry } = useFacilitatorLoad(
    () => facilitatorApi.dashboard(workshopId, lang),
    [workshopId, lang],
  );
  const [latest, setLatest] = useState<Dashboard>();
  const [connection, setConnection] = useState<Connection>('live');

  useEffect(() => {
    if (first.state !== 'loaded') return;
    let stopped = false;
    let inFlight = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const refresh = async () => {
      timer = undefined;
      if (stopped || document.hidden || inFlight) return;
      inFlight = true;
      try {
        const next = await facilitatorApi.dashboard(workshopId, lang);
        if (stopped) return;
        setLatest(next);
        setConnection('live');
      } catch (error) {
        if (stopped) return;
        if (isSignedOut(error)) return navigate(location.hash);
        setConnection(error instanceof ApiError && error.offline ? 'offline' : 'stale');
      } finally {
        inFlight = false;
      }
      if (!stopped && !document.hidden) timer = setTimeout(() => void refresh(), REFRESH_MS);
    };
    // Back in view: news at once, unless a request or a timer is already on its way.
    const onVisibility = () => {
      if (!document.hidden && timer === undefined && !inFlight) void refresh();
    };
    document.addEventListener('visibilitychange', onVisibility);
    timer = setTimeout(() => void refresh(), REFRESH_MS);
    return () => {
      stopped = true;
      clearTimeout(timer);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [first]);

  const shown = latest ?? (first.state === 'loaded' ? first.value : undefined);
  return {
    loaded: shown && first.state === 'loaded' ? { state: 'loaded', value: shown } : first,
    connection,
    retry: () => {
      setLatest(undefined);
      retry();
    },
    showWorkshop: (workshop) => shown && setLatest({ ...shown, workshop }),
  };
}
