import { setTimeout as sleep } from 'node:timers/promises';
import { Redis } from 'ioredis';
import { afterEach, describe, expect, test } from 'vitest';
import {
  countersWithFallback,
  localCounters,
  redisCounters,
  type Counters,
} from '../../src/http/rate-limit-counters.js';
import { TEST_REDIS_URL, testRedisNamespace } from './support/test-redis.js';

let cleanUp: (() => Promise<void>) | undefined;
afterEach(async () => {
  await cleanUp?.();
  cleanUp = undefined;
});

/** A Redis that refuses every command, as one that is down does (nothing listens on port 1). */
function unreachableRedis(): Counters {
  const redis = new Redis('redis://127.0.0.1:1', {
    lazyConnect: true,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
  });
  redis.on('error', () => undefined);
  cleanUp = async () => redis.disconnect();
  return redisCounters(redis);
}

describe('rate-limit counters', () => {
  test('when points are added in a window, then they add up, and the next window starts again from zero', async () => {
    const counters = localCounters();
    expect((await counters.add('a', 1, 60)).total).toBe(1);
    expect((await counters.add('a', 9, 60)).total).toBe(10);
    expect((await counters.add('b', 1, 60)).total).toBe(1);

    await sleep(80);

    const next = await counters.add('a', 1, 60);
    expect(next.total).toBe(1);
    expect(next.ttlMs).toBeGreaterThan(0);
    expect(next.ttlMs).toBeLessThanOrEqual(60);
  });

  test('when points are added through Redis, then every client of it sees the same count, with its window', async () => {
    const namespace = testRedisNamespace();
    const first = new Redis(TEST_REDIS_URL);
    const second = new Redis(TEST_REDIS_URL);
    cleanUp = async () => {
      first.disconnect();
      second.disconnect();
      await namespace.remove();
    };
    const key = `${namespace.prefix}codes-10.0.0.1`;

    await redisCounters(first).add(key, 1, 60_000);
    const count = await redisCounters(second).add(key, 10, 60_000);

    expect(count.total).toBe(11);
    expect(count.ttlMs).toBeGreaterThan(59_000);
    expect(count.ttlMs).toBeLessThanOrEqual(60_000);
  });

  test('when Redis fails, then this process counts alone, says so once, and asks Redis again only after a while', async () => {
    const events: string[] = [];
    const counters = countersWithFallback(
      unreachableRedis(),
      localCounters(),
      { unreachable: () => events.push('unreachable'), reachable: () => events.push('reachable') },
      50,
    );

    expect((await counters.add('a', 1, 60_000)).total).toBe(1);
    expect((await counters.add('a', 1, 60_000)).total).toBe(2);
    // Within the 50 ms, Redis was not asked again.
    expect(events).toEqual(['unreachable']);
    await sleep(80);
    expect((await counters.add('a', 1, 60_000)).total).toBe(3);
    expect(events).toEqual(['unreachable', 'unreachable']);
  });
});
