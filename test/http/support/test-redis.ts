import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';

/** The Redis the tests share (the one running on this machine unless TEST_REDIS_URL says). */
export const TEST_REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

/**
 * A key prefix of its own for one test, so that test files running in parallel, and runs on
 * the same Redis, never count each other's requests; remove() erases its keys.
 */
export function testRedisNamespace() {
  const prefix = `assoradar-test-${process.pid}-${randomBytes(6).toString('hex')}:`;
  const client = new Redis(TEST_REDIS_URL, { lazyConnect: true });
  return {
    prefix,
    /** The keys written under the prefix. */
    keys: async () => (await client.keys(`${prefix}*`)).sort(),
    /** The names of the clients connected under the prefix. */
    clientNames: async () =>
      ((await client.client('LIST')) as string)
        .split('\n')
        .map((line) => /(?:^| )name=(\S*)/.exec(line)?.[1] ?? '')
        .filter((name) => name.startsWith(prefix)),
    remove: async () => {
      const keys = await client.keys(`${prefix}*`);
      if (keys.length > 0) await client.del(...keys);
      await client.quit();
    },
  };
}
