import type { Redis } from 'ioredis';

/** A count in a fixed window, as a limit reads it. */
export interface Count {
  total: number;
  /** Milliseconds until the window ends and the count starts again from zero. */
  ttlMs: number;
}

/** Counters per key over fixed windows; the window starts with the first point. */
export interface Counters {
  add(key: string, points: number, windowMs: number): Promise<Count>;
}

/** Keys an instance keeps in memory at most: past it, the windows that ended go first. */
const LOCAL_KEYS = 10_000;

/** This process's counters: one instance counts alone. */
export function localCounters(): Counters {
  const windows = new Map<string, { total: number; endsAt: number }>();
  return {
    add(key, points, windowMs) {
      const now = Date.now();
      let window = windows.get(key);
      if (!window || window.endsAt <= now) {
        if (windows.size >= LOCAL_KEYS) forget(windows, now);
        window = { total: 0, endsAt: now + windowMs };
        windows.set(key, window);
      }
      window.total += points;
      return Promise.resolve({ total: window.total, ttlMs: window.endsAt - now });
    },
  };
}

function forget(windows: Map<string, { endsAt: number }>, now: number) {
  for (const [key, window] of windows) if (window.endsAt <= now) windows.delete(key);
  // Still full: the oldest keys go (a Map iterates in insertion order).
  for (const key of windows.keys()) {
    if (windows.size < LOCAL_KEYS) break;
    windows.delete(key);
  }
}

/** INCRBY and the window's expiry in one round trip, atomic for every instance. */
const ADD_SCRIPT = `
local total = redis.call('INCRBY', KEYS[1], ARGV[1])
local ttl = redis.call('PTTL', KEYS[1])
if ttl < 0 then
  redis.call('PEXPIRE', KEYS[1], ARGV[2])
  ttl = tonumber(ARGV[2])
end
return {total, ttl}
`;

type CountingRedis = Redis & {
  assoradarCount(key: string, points: number, windowMs: number): Promise<[number, number]>;
};

/** Counters in Redis, shared by every instance that uses it. */
export function redisCounters(redis: Redis): Counters {
  redis.defineCommand('assoradarCount', { numberOfKeys: 1, lua: ADD_SCRIPT });
  const counting = redis as CountingRedis;
  return {
    async add(key, points, windowMs) {
      const [total, ttlMs] = await counting.assoradarCount(key, points, windowMs);
      return { total, ttlMs };
    },
  };
}

/**
 * After Redis failed, how long requests count locally before Redis is asked again: a Redis that
 * accepts connections but does not answer would otherwise cost every request its command
 * timeout.
 */
const RETRY_SHARED_AFTER_MS = 5000;

/**
 * Redis's counters while it answers, this process's own when it does not: a Redis that is down
 * or slow turns the shared limits into per-instance ones, never into no limit at all.
 * `unreachable` is told each failure (it logs once per outage), `reachable` each success.
 */
export function countersWithFallback(
  shared: Counters,
  local: Counters,
  events: { unreachable(error: unknown): void; reachable(): void },
  retrySharedAfterMs = RETRY_SHARED_AFTER_MS,
): Counters {
  let localUntil = 0;
  return {
    async add(key, points, windowMs) {
      if (Date.now() < localUntil) return local.add(key, points, windowMs);
      try {
        const count = await shared.add(key, points, windowMs);
        events.reachable();
        return count;
      } catch (error) {
        localUntil = Date.now() + retrySharedAfterMs;
        events.unreachable(error);
        return local.add(key, points, windowMs);
      }
    },
  };
}
