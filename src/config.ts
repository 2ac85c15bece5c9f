import { isIP } from 'node:net';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { z } from 'zod';

const LogLevel = z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']);

const Environment = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATABASE_URL: z
    .string()
    .min(1)
    .default('data/assoradar.sqlite')
    .refine((url) => !/^[a-z][a-z0-9+.-]*:\/\//i.test(url) || /^postgres(ql)?:\/\//i.test(url), {
      message: 'use an SQLite file path, an "sqlite:" URL or a "postgres://" URL',
    }),
  PUBLIC_URL: z.url({ protocol: /^https?$/ }).optional(),
  LOG_LEVEL: LogLevel.default('info'),
  QUESTIONNAIRES_DIR: z.string().min(1).default('questionnaires'),
  BODY_LIMIT: z.coerce
    .number()
    .int()
    .positive()
    .default(256 * 1024),
  WEB_DIR: z.string().min(1).default('web/dist'),
  SESSION_HOURS: z.coerce
    .number()
    .positive()
    .max(24 * 30)
    .default(12),
  PEER_GROUP_QUESTION: z.string().min(1).default('budget'),
  PEER_GROUP_MINIMUM: z.coerce.number().int().min(2).default(5),
  SIGN_IN_ATTEMPTS_PER_MINUTE: z.coerce.number().int().positive().default(10),
  DRAFT_RETENTION_DAYS: z.coerce.number().int().min(0).default(180),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  WRITES_PER_MINUTE: z.coerce.number().int().positive().default(600),
  REDIS_URL: z.url({ protocol: /^rediss?$/, error: 'use a redis:// or rediss:// URL' }).optional(),
  REDIS_KEY_PREFIX: z
    .string()
    .regex(/^[\w.:-]{1,64}$/, 'use at most 64 letters, digits and . _ : -')
    .default('assoradar:'),
  TRUST_PROXY: z
    .string()
    .trim()
    .default('false')
    .transform((text, context) => {
      const trustProxy = parseTrustProxy(text);
      if (trustProxy !== undefined) return trustProxy;
      context.addIssue({
        code: 'custom',
        message: "use false, true, or the proxies' addresses and CIDR ranges, separated by commas",
      });
      return z.NEVER;
    }),
  REQUEST_TIMEOUT_SECONDS: z.coerce
    .number()
    .int()
    .positive()
    .max(60 * 60)
    .default(30),
  // Unset: one thread fewer than the cores, at least one, so that the event loop keeps a core.
  DOCUMENT_WORKERS: z.coerce.number().int().min(1).max(64).optional(),
  DOCUMENT_QUEUE_SIZE: z.coerce.number().int().min(0).max(10_000).default(16),
  DOCUMENT_CACHE_MB: z.coerce.number().min(0).max(4096).default(64),
  DOCUMENT_WORKER_NICENESS: z.coerce.number().int().min(0).max(19).default(10),
  DOCUMENT_PREPARATIONS: z.coerce.number().int().min(1).max(64).default(2),
  DOCUMENT_PREPARATION_QUEUE: z.coerce.number().int().min(0).max(10_000).default(256),
  CODE_LOOKUPS_PER_MINUTE: z.coerce.number().int().positive().default(30),
  DOCUMENTS_PER_MINUTE: z.coerce.number().int().positive().default(60),
  DATABASE_WAIT_SECONDS: seconds(2),
  DATABASE_TIMEOUT_SECONDS: seconds(5),
  HEALTH_TIMEOUT_SECONDS: seconds(1.5),
  SHUTDOWN_TIMEOUT_SECONDS: seconds(10),
});

/** A duration in seconds, fractions allowed (the tests use short ones), at most ten minutes. */
function seconds(byDefault: number) {
  return z.coerce
    .number()
    .positive()
    .max(10 * 60)
    .default(byDefault);
}

/**
 * Fastify's `trustProxy`: false (the socket's address is the client's), true (believe
 * X-Forwarded-For whoever sends it: only when nothing but the proxy can reach the app), or the
 * addresses of the proxies to believe. No count of hops: Fastify 5 no longer trusts one, since
 * a client could send as many forged hops as it likes.
 * @see https://fastify.dev/docs/latest/Reference/Server/#trustproxy
 */
export type TrustProxy = boolean | readonly string[];

/** proxy-addr's names for the private ranges, accepted in a TRUST_PROXY list. */
const PROXY_RANGE_NAMES = ['loopback', 'linklocal', 'uniquelocal'];

/** TRUST_PROXY as Fastify takes it; `undefined` when the text is none of its forms. */
function parseTrustProxy(text: string): TrustProxy | undefined {
  if (/^(false|)$/i.test(text)) return false;
  if (/^true$/i.test(text)) return true;
  const entries = text.split(',').map((entry) => entry.trim());
  return entries.every(isProxyAddress) ? Object.freeze(entries) : undefined;
}

function isProxyAddress(entry: string): boolean {
  if (PROXY_RANGE_NAMES.includes(entry)) return true;
  const [address = '', prefix, ...rest] = entry.split('/');
  const family = isIP(address);
  if (family === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  return /^\d{1,3}$/.test(prefix) && Number(prefix) <= (family === 4 ? 32 : 128);
}

/**
 * How long the database may take before a request gives up with 503 (README "Operations"):
 * `connectMs` to open a new PostgreSQL connection, `statementMs` for one statement
 * (PostgreSQL's statement_timeout, a second more for a server that does not answer at all;
 * SQLite's busy_timeout). Left out: the defaults of src/config.ts.
 */
export interface DatabaseTimeouts {
  connectMs: number;
  statementMs: number;
}

export type DatabaseConfig =
  | { dialect: 'sqlite'; file: string; timeouts?: DatabaseTimeouts }
  /** `poolSize`: connections each instance keeps; the sum over instances stays under max_connections. */
  | { dialect: 'postgres'; url: string; poolSize: number; timeouts?: DatabaseTimeouts };

/**
 * The environment read into the app's configuration. `Config` is inferred from it: a setting is
 * added here (its variable in Environment, its field below) and nowhere else.
 */
const ConfigSchema = Environment.transform((e) => ({
  port: e.PORT,
  host: e.HOST,
  database: parseDatabaseUrl(e.DATABASE_URL, e.DATABASE_POOL_SIZE, {
    connectMs: Math.round(e.DATABASE_WAIT_SECONDS * 1000),
    statementMs: Math.round(e.DATABASE_TIMEOUT_SECONDS * 1000),
  }),
  /**
   * The address people reach the server at: in workshop join links and QR codes, team invite
   * links, share instructions, the session cookie's Secure flag and the API documentation.
   */
  publicUrl: (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, ''),
  /** Whether PUBLIC_URL was set, or publicUrl is the localhost guess (see publicUrlWarning). */
  publicUrlSet: e.PUBLIC_URL !== undefined,
  logLevel: e.LOG_LEVEL,
  questionnairesDir: resolve(e.QUESTIONNAIRES_DIR),
  bodyLimit: e.BODY_LIMIT,
  /** The built front end (npm run build); not served when missing. */
  webDir: resolve(e.WEB_DIR),
  sessionHours: e.SESSION_HOURS,
  peerGroupQuestion: e.PEER_GROUP_QUESTION,
  peerGroupMinimum: e.PEER_GROUP_MINIMUM,
  signInAttemptsPerMinute: e.SIGN_IN_ATTEMPTS_PER_MINUTE,
  /** Drafts untouched this long are erased once a day; 0 keeps them. */
  draftRetentionDays: e.DRAFT_RETENTION_DAYS,
  /** POST, PUT, PATCH and DELETE requests per client address and minute (sign-in has its own). */
  writesPerMinute: e.WRITES_PER_MINUTE,
  /** Where rate-limit counters are shared between instances; in each process's memory if unset. */
  redisUrl: e.REDIS_URL,
  /** Namespace of this app's keys in Redis, so that several apps can share one server. */
  redisKeyPrefix: e.REDIS_KEY_PREFIX,
  /** Which proxies' X-Forwarded-For to believe: the client address limits key on. */
  trustProxy: e.TRUST_PROXY,
  /** The longest a client may take to send a whole request; silent twice as long, it is dropped. */
  requestTimeoutSeconds: e.REQUEST_TIMEOUT_SECONDS,
  /** PDFs and other heavy documents: rendered by a pool of worker threads, off the event loop. */
  documents: Object.freeze({
    /** Worker threads that render documents. */
    workers: e.DOCUMENT_WORKERS ?? Math.max(1, availableParallelism() - 1),
    /** Documents waiting for a worker beyond which a request is refused (503, Retry-After). */
    queueSize: e.DOCUMENT_QUEUE_SIZE,
    /** Bytes of rendered documents kept in memory (deterministic: same view model, same bytes). */
    cacheBytes: Math.round(e.DOCUMENT_CACHE_MB * 1024 * 1024),
    /** How much lower than the event loop's the workers' scheduling priority is (Linux `nice`). */
    niceness: e.DOCUMENT_WORKER_NICENESS,
    /**
     * Document requests prepared on the event loop at once (view model, tag, cache lookup): the
     * others wait, parked, so that a crowd of cached PDFs leaves room for every other request.
     */
    preparations: e.DOCUMENT_PREPARATIONS,
    /** Document requests that may wait to be prepared; one more is refused (503, Retry-After). */
    preparationQueue: e.DOCUMENT_PREPARATION_QUEUE,
  }),
  /**
   * Lookups of a join, share or invite code per client address and minute that find nothing;
   * a lookup that finds its code counts a tenth of one.
   */
  codeLookupsPerMinute: e.CODE_LOOKUPS_PER_MINUTE,
  /** PDFs, zips and CSV exports per client address and minute. */
  documentsPerMinute: e.DOCUMENTS_PER_MINUTE,
  /** The longest /api/health waits for the database before it answers 503. */
  healthTimeoutMs: Math.round(e.HEALTH_TIMEOUT_SECONDS * 1000),
  /** The longest a graceful shutdown (SIGTERM) waits for the requests in flight before it exits 1. */
  shutdownTimeoutMs: Math.round(e.SHUTDOWN_TIMEOUT_SECONDS * 1000),
}));

export type Config = Readonly<z.output<typeof ConfigSchema>>;
export type DocumentsConfig = Config['documents'];

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/**
 * The one reader of the environment: parses every variable, reports every bad one at once and
 * returns a frozen, typed configuration.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = ConfigSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => {
        const name = String(issue.path[0]);
        return `${name}=${JSON.stringify(withoutPassword(env[name] ?? ''))}: ${issue.message}`;
      }),
    );
  }
  return Object.freeze(parsed.data);
}

/** A URL's password never reaches the terminal or the service's journal. */
function withoutPassword(value: string): string {
  return value.replace(/^([a-z][a-z0-9+.-]*:\/\/[^:@/]*:).*@/i, '$1***@');
}

function parseDatabaseUrl(
  url: string,
  poolSize: number,
  timeouts: DatabaseTimeouts,
): DatabaseConfig {
  if (/^postgres(ql)?:\/\//i.test(url)) return { dialect: 'postgres', url, poolSize, timeouts };
  const file = url.replace(/^sqlite:(\/\/)?/i, '');
  return { dialect: 'sqlite', file: file === ':memory:' ? file : resolve(file), timeouts };
}

/** Addresses that only this machine reaches: a server bound there needs no other PUBLIC_URL. */
function isLoopback(host: string): boolean {
  const address = host.replace(/^\[|\]$/g, '').replace(/^::ffff:/i, '');
  return address === 'localhost' || address === '::1' || /^127\.\d+\.\d+\.\d+$/.test(address);
}

/**
 * What the operator is told at start when the server listens beyond this machine but no
 * PUBLIC_URL says where it is reached: every join link, QR code and invite link would point at
 * localhost, which a participant's phone cannot open. Undefined when there is nothing to say.
 */
export function publicUrlWarning(config: Pick<Config, 'host' | 'publicUrl' | 'publicUrlSet'>) {
  if (config.publicUrlSet || isLoopback(config.host)) return undefined;
  return (
    `PUBLIC_URL is not set while HOST=${config.host} lets other machines in: join links, ` +
    `QR codes, invite links and share instructions point at ${config.publicUrl}, which no ` +
    'other device can open. Set PUBLIC_URL to the address people reach this server at: its ' +
    `https:// name behind a proxy, or http://<this machine's address>:${new URL(config.publicUrl).port || 80} on a local network.`
  );
}
