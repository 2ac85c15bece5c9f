import type { UseCaseDependencies } from '../dependencies.js';
import type { z } from 'zod';
import type { HealthContract } from '../../contracts/health-contract.js';

export type Health = z.infer<typeof HealthContract>;

/** When the settings say nothing (src/config.ts's HEALTH_TIMEOUT_SECONDS default). */
const DEFAULT_HEALTH_TIMEOUT_MS = 1500;

const TIMED_OUT = Symbol('timed out');

/**
 * Whether the app can serve: the database answers, within the health timeout, and takes a
 * write. For load balancers and monitoring, which must hear "no" quickly rather than nothing:
 * a database that does not answer in time is unreachable, whatever its own timeouts.
 */
export function makeCheckHealth(deps: UseCaseDependencies) {
  const timeoutMs = deps.settings.healthTimeoutMs ?? DEFAULT_HEALTH_TIMEOUT_MS;
  return async function checkHealth(): Promise<Health> {
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<typeof TIMED_OUT>((resolve) => {
      timer = setTimeout(() => resolve(TIMED_OUT), timeoutMs);
    });
    // The ping that lost the race settles later, within the database's own timeouts.
    const ping = deps.store.ping();
    ping.catch(() => undefined);
    try {
      const state = await Promise.race([ping, deadline]);
      if (state === TIMED_OUT) return { status: 'unavailable', database: 'unreachable' };
      if (state === 'refuses_writes') return { status: 'unavailable', database: 'refuses_writes' };
      return { status: 'ok', database: 'ok' };
    } catch {
      return { status: 'unavailable', database: 'unreachable' };
    } finally {
      clearTimeout(timer);
    }
  };
}
