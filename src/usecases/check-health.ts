import type { UseCaseDependencies } from './dependencies.js';

export interface Health {
  status: 'ok' | 'unavailable';
  database: 'ok' | 'unreachable';
}

/** Whether the app can serve: the database answers. For load balancers and monitoring. */
export function makeCheckHealth(deps: UseCaseDependencies) {
  return async function checkHealth(): Promise<Health> {
    try {
      await deps.store.ping();
      return { status: 'ok', database: 'ok' };
    } catch {
      return { status: 'unavailable', database: 'unreachable' };
    }
  };
}
