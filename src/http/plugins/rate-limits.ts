import rateLimit, {
  normalizeIP,
  type FastifyRateLimitStore,
  type FastifyRateLimitStoreCtor,
} from '@fastify/rate-limit';
import type {
  FastifyInstance,
  FastifyReply,
  FastifyRequest,
  onRequestAsyncHookHandler,
  onSendAsyncHookHandler,
  RouteOptions,
} from 'fastify';
import fp from 'fastify-plugin';
import { Redis } from 'ioredis';
import { ProblemError } from '../problem-error.js';
import {
  countersWithFallback,
  localCounters,
  redisCounters,
  type Counters,
} from '../rate-limit-counters.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * The route looks a join, share or invite code up: it counts against the address's budget
     * of code lookups (CODE_LOOKUPS_PER_MINUTE), a code that opens nothing (404) ten times more.
     */
    codeLookup?: boolean;
  }
}

export interface RateLimitsOptions {
  writesPerMinute: number;
  codeLookupsPerMinute: number;
  documentsPerMinute: number;
  /** Counters shared by every instance in this Redis; in this process's memory without it. */
  redisUrl: string | undefined;
  redisKeyPrefix: string;
}

/**
 * Reads are left out of the write limit (the front end's files, the dashboard's polling, the API
 * docs); code lookups and documents have budgets of their own.
 */
const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

const MINUTE = 60_000;

/**
 * A lookup that finds nothing costs this many points, one that finds its code one point: the
 * budget is CODE_LOOKUPS_PER_MINUTE misses, or ten times as many hits (a workshop of 30
 * associations behind one router, each loading its join page a few times, stays well under).
 */
const MISS_POINTS = 10;

/**
 * The documents rendered on request (PDFs, the zip, CSV and xlsx exports): each costs far more
 * than any other read, so one address may ask for DOCUMENTS_PER_MINUTE of them over every such
 * route (GET and HEAD).
 */
const DOCUMENT_PATH = /\.(pdf|zip|csv|xlsx)$/;

/**
 * Limits every write per client address (WRITES_PER_MINUTE, one counter over every write
 * route) before its body is even read; a route may set a stricter limit of its own
 * (`config.rateLimit`, as sign-in does). Code lookups (`config.codeLookup`) and documents (GET
 * and HEAD routes ending in .pdf, .zip, .csv or .xlsx) have a budget each, over all their routes.
 *
 * With REDIS_URL the counters live in Redis, so that several instances behind a load balancer
 * count together. A Redis that does not answer never stops the app, nor lifts the limits: each
 * instance counts alone until it is back, and the log says so once.
 */
async function rateLimits(app: FastifyInstance, options: RateLimitsOptions) {
  const namespace = `${options.redisKeyPrefix}rate-limit:`;
  const local = localCounters();
  let counters: Counters = local;
  if (options.redisUrl) {
    const { redis, outage } = await connectRedis(
      app,
      options.redisUrl,
      `${options.redisKeyPrefix}rate-limits`,
    );
    counters = countersWithFallback(redisCounters(redis), local, outage);
  }
  const clientKey = (request: FastifyRequest) => normalizeIP(request.ip);

  app.addHook('onRoute', (route) => {
    if (route.config?.codeLookup) {
      addHook(
        route,
        'onRequest',
        chargeRequest(
          counters,
          `${namespace}codes-`,
          clientKey,
          options.codeLookupsPerMinute * MISS_POINTS,
        ),
      );
      addHook(route, 'onSend', chargeMissedCode(counters, namespace, clientKey));
    } else if (isDocument(route)) {
      addHook(
        route,
        'onRequest',
        chargeRequest(counters, `${namespace}documents-`, clientKey, options.documentsPerMinute),
      );
    }
  });

  await app.register(rateLimit, {
    global: true,
    max: options.writesPerMinute,
    timeWindow: '1 minute',
    allowList: (request: FastifyRequest) => READS.has(request.method),
    store: countersStore(counters, namespace),
    // The counters fall back to this process's own and never fail; were they to, the request
    // goes through rather than failing.
    skipOnError: true,
    errorResponseBuilder: (_request, context) =>
      new ProblemError(
        'too_many_requests',
        `Too many requests from this address: try again in ${context.after}.`,
      ),
  });
}

/** A document rendered on request (a GET or HEAD of a .pdf, .zip, .csv or .xlsx): it has a budget of its own. */
export function isDocument(route: RouteOptions): boolean {
  const methods = Array.isArray(route.method) ? route.method : [route.method];
  // HEAD too: Fastify's HEAD route runs the GET handler (the render) and drops the body.
  return (
    methods.some((method) => method === 'GET' || method === 'HEAD') && DOCUMENT_PATH.test(route.url)
  );
}

function addHook<Name extends 'onRequest' | 'onSend'>(
  route: RouteOptions,
  name: Name,
  hook: Name extends 'onRequest' ? onRequestAsyncHookHandler : onSendAsyncHookHandler,
) {
  const existing = route[name] as unknown;
  const hooks = existing === undefined ? [] : Array.isArray(existing) ? existing : [existing];
  (route as unknown as Record<string, unknown>)[name] = [...hooks, hook];
}

/** Refuses with 429 and Retry-After once the count is over `max`. */
function refuseOver(reply: FastifyReply, count: { total: number; ttlMs: number }, max: number) {
  if (count.total <= max) return;
  const seconds = Math.max(1, Math.ceil(count.ttlMs / 1000));
  reply.header('retry-after', String(seconds));
  throw new ProblemError(
    'too_many_requests',
    `Too many requests from this address: try again in ${seconds} s.`,
  );
}

/** Counts one request of the client under `prefix`, and refuses it past `max` a minute. */
function chargeRequest(
  counters: Counters,
  prefix: string,
  clientKey: (request: FastifyRequest) => string,
  max: number,
): onRequestAsyncHookHandler {
  return async (request, reply) => {
    const count = await counters.add(`${prefix}${clientKey(request)}`, 1, MINUTE);
    refuseOver(reply, count, max);
  };
}

/** A code that opened nothing costs the rest of a miss, before the 404 leaves. */
function chargeMissedCode(
  counters: Counters,
  namespace: string,
  clientKey: (request: FastifyRequest) => string,
): onSendAsyncHookHandler {
  return async (request, reply, payload) => {
    if (reply.statusCode === 404) {
      await counters.add(`${namespace}codes-${clientKey(request)}`, MISS_POINTS - 1, MINUTE);
    }
    return payload;
  };
}

/**
 * @fastify/rate-limit's store over our counters: a route with a limit of its own counts under
 * its method and path (`POST/api/facilitator/session-<address>`), the global limit under the
 * address alone.
 */
function countersStore(counters: Counters, prefix: string): FastifyRateLimitStoreCtor {
  class CountersStore implements FastifyRateLimitStore {
    private readonly keyPrefix: string;

    // The plugin constructs the store with its settings; a child, with its own prefix.
    constructor(keyPrefix?: unknown) {
      this.keyPrefix = typeof keyPrefix === 'string' ? keyPrefix : prefix;
    }

    incr(
      key: string,
      callback: (error: Error | null, result?: { current: number; ttl: number }) => void,
      timeWindow: number,
    ) {
      counters.add(`${this.keyPrefix}${key}`, 1, timeWindow).then(
        (count) => callback(null, { current: count.total, ttl: count.ttlMs }),
        (error: Error) => callback(error),
      );
    }

    // The plugin hands a route's merged settings with its `routeInfo`, whatever its types say.
    child(route: object): FastifyRateLimitStore {
      const { routeInfo } = route as { routeInfo?: { method?: string; url?: string } };
      const { method = '', url = '' } = routeInfo ?? {};
      return new CountersStore(`${this.keyPrefix}${method}${url}-`);
    }
  }
  return CountersStore as unknown as FastifyRateLimitStoreCtor;
}

/** Logs once when Redis stops answering (the connection or a command) and once when it is back. */
function redisOutage(app: FastifyInstance, redis: Redis) {
  let reachable = true;
  const unreachable = (error: unknown) => {
    if (!reachable) return;
    reachable = false;
    app.log.warn(
      { reason: error instanceof Error ? error.message : String(error) },
      'Redis does not answer: each instance counts the rate limits alone until it is back',
    );
  };
  const back = () => {
    if (reachable) return;
    reachable = true;
    app.log.info('Redis answers again: rate limits are shared again');
  };
  redis.on('error', unreachable);
  redis.on('ready', back);
  return { unreachable, reachable: back };
}

/**
 * A Redis client that fails fast instead of queueing, so a request never waits for Redis: no
 * offline queue, a short command timeout. It reconnects on its own. Closed with the app.
 */
async function connectRedis(app: FastifyInstance, url: string, name: string) {
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
  const outage = redisOutage(app, redis);
  app.addHook('onClose', async () => {
    if (redis.status === 'ready') await redis.quit().catch(() => redis.disconnect());
    else redis.disconnect();
  });
  // The first connection is awaited so that limits are shared from the first request; if it
  // fails, the app starts anyway (counting alone) and the client keeps trying in the background.
  await redis.connect().catch(() => undefined);
  return { redis, outage };
}

export default fp(rateLimits, { name: 'rate-limits' });
