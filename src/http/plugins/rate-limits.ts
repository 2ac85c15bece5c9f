import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { Redis } from 'ioredis';
import { ProblemError } from '../problem-error.js';

export interface RateLimitsOptions {
  writesPerMinute: number;
  /** Counters shared by every instance in this Redis; in this process's memory without it. */
  redisUrl: string | undefined;
  redisKeyPrefix: string;
}

/** Reads are not limited: the front end's files, the dashboard's polling, the API docs. */
const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Limits every write per client address (WRITES_PER_MINUTE, one counter over every write
 * route) before its body is even read; a route may set a stricter limit of its own
 * (`config.rateLimit`, as sign-in does). With REDIS_URL the counters live in Redis, so that
 * several instances behind a load balancer count together. A Redis that does not answer never
 * stops the app: requests go through unlimited until it is back (`skipOnError`), and the log
 * says so.
 */
async function rateLimits(app: FastifyInstance, options: RateLimitsOptions) {
  const redis = options.redisUrl
    ? await connectRedis(app, options.redisUrl, `${options.redisKeyPrefix}rate-limits`)
    : undefined;
  await app.register(rateLimit, {
    global: true,
    max: options.writesPerMinute,
    timeWindow: '1 minute',
    allowList: (request: FastifyRequest) => READS.has(request.method),
    ...(redis ? { redis, nameSpace: `${options.redisKeyPrefix}rate-limit:` } : {}),
    skipOnError: true,
    errorResponseBuilder: (_request, context) =>
      new ProblemError(
        'too_many_requests',
        `Too many requests from this address: try again in ${context.after}.`,
      ),
  });
}

/**
 * A Redis client that fails fast instead of queueing, so a request never waits for Redis: no
 * offline queue, a short command timeout. It reconnects on its own; the log tells when Redis
 * goes away and when it is back. Closed with the app.
 */
async function connectRedis(app: FastifyInstance, url: string, name: string): Promise<Redis> {
  const redis = new Redis(url, {
    // Named in Redis's CLIENT LIST, for the operator (and the tests).
    connectionName: name,
    lazyConnect: true,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    connectTimeout: 2000,
    commandTimeout: 1000,
    // RESP2: every Redis (and Valkey) server speaks it, also those older than 6.
    protocol: 2,
  });
  let reachable = true;
  redis.on('error', (error: Error) => {
    if (!reachable) return;
    reachable = false;
    app.log.warn(
      { reason: error.message },
      'Redis does not answer: requests are not rate-limited until it is back',
    );
  });
  redis.on('ready', () => {
    if (reachable) return;
    reachable = true;
    app.log.info('Redis answers again: rate limits are shared again');
  });
  app.addHook('onClose', async () => {
    if (redis.status === 'ready') await redis.quit().catch(() => redis.disconnect());
    else redis.disconnect();
  });
  // The first connection is awaited so that limits hold from the first request; if it fails,
  // the app starts anyway and the client keeps trying in the background.
  await redis.connect().catch(() => undefined);
  return redis;
}

export default fp(rateLimits, { name: 'rate-limits' });
