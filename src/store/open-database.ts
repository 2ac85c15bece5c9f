import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import {
  Kysely,
  PostgresDialect,
  SqliteDialect,
  type SqliteDatabase,
  type SqliteStatement,
} from 'kysely';
import pg from 'pg';
import type { DatabaseConfig, DatabaseTimeouts } from '../config.js';
import type { DatabaseSchema } from './database-schema.js';
import { isDatabaseUnavailable, withUnavailableErrors } from './database-unavailable.js';

export type Database = Kysely<DatabaseSchema>;

/** Enough for every distinct query the app builds; a runaway set is dropped, not grown. */
const STATEMENT_CACHE_SIZE = 256;

/** src/config.ts's defaults, for the callers (CLI, tests) that give a DatabaseConfig of their own. */
const DEFAULT_TIMEOUTS: DatabaseTimeouts = { connectMs: 2000, statementMs: 5000 };

/**
 * The one place that picks the dialect. SQLite runs in WAL mode with synchronous=NORMAL: a
 * commit survives a crash of the process (the WAL is written before we answer), and only a
 * power loss can lose the last transactions. PostgreSQL keeps its own defaults (fsync on,
 * synchronous_commit on): a commit is on disk before we answer. @see README "Durability"
 */
export function openDatabase(
  config: DatabaseConfig,
  { forMigrations = false }: { forMigrations?: boolean } = {},
): Database {
  const timeouts = config.timeouts ?? DEFAULT_TIMEOUTS;
  if (config.dialect === 'postgres') {
    return openPostgres(config.url, config.poolSize, timeouts, forMigrations);
  }
  if (config.file !== ':memory:') mkdirSync(dirname(config.file), { recursive: true });
  const sqlite = new SQLite(config.file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  // How long a write waits for another process's lock (the CLI's, a backup's) before it gives
  // up with SQLITE_BUSY, which answers 503. It blocks the event loop meanwhile: keep it short.
  sqlite.pragma(`busy_timeout = ${timeouts.statementMs}`);
  sqlite.pragma('mmap_size = 268435456');
  return new Kysely<DatabaseSchema>({
    dialect: withUnavailableErrors(new SqliteDialect({ database: withStatementCache(sqlite) })),
  });
}

/**
 * Kysely prepares every query anew; better-sqlite3 statements are reusable, and preparing
 * costs more than running a small query, so the compiled SQL text keys a cache.
 */
function withStatementCache(sqlite: SQLite.Database): SqliteDatabase {
  const statements = new Map<string, SqliteStatement>();
  return {
    close: () => sqlite.close(),
    prepare(sql: string): SqliteStatement {
      let statement = statements.get(sql);
      if (!statement) {
        if (statements.size >= STATEMENT_CACHE_SIZE) statements.clear();
        statement = sqlite.prepare(sql) as unknown as SqliteStatement;
        statements.set(sql, statement);
      }
      return statement;
    },
  };
}

/**
 * Counts (bigint) and exact sums (numeric) come back from PostgreSQL as strings to spare
 * precision; ours stay far below 2^53, and the repositories expect numbers as SQLite gives them.
 * Set on this pool only, not on the pg module that other code may share.
 */
const postgresTypes = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === pg.types.builtins.INT8 || oid === pg.types.builtins.NUMERIC) return Number;
    return pg.types.getTypeParser(oid, format);
  },
} as pg.CustomTypesConfig;

/**
 * A hung server must not hang the app (README "Operations"): a new connection is given
 * `connectMs` to open; the server cancels a statement after `statementMs` (statement_timeout: a
 * lock held too long), and a server that does not answer at all is given a second more before
 * the client stops waiting (query_timeout). A request waiting for a free connection of a busy
 * pool waits as long as those two together: by then a connection of a hung server has given
 * up, and a pool that is merely busy (the event loop held by other work) is not answered 503.
 *
 * `forMigrations`: no statement timeout. A migration may rightly run for minutes over a large
 * table, and an instance starting beside another waits for the other's migration lock.
 */
function openPostgres(
  url: string,
  poolSize: number,
  timeouts: DatabaseTimeouts,
  forMigrations: boolean,
): Database {
  const queryMs = timeouts.statementMs + 1000;
  const pool = new pg.Pool({
    connectionString: url,
    max: poolSize,
    types: postgresTypes,
    Client: clientOpeningWithin(timeouts.connectMs),
    connectionTimeoutMillis: timeouts.connectMs + queryMs,
    ...(forMigrations ? {} : { statement_timeout: timeouts.statementMs, query_timeout: queryMs }),
  });
  // An idle client whose server went away emits 'error' on the pool: without a listener that
  // would end the process; the next query reconnects, and health reports the outage meanwhile.
  pool.on('error', () => undefined);
  return new Kysely<DatabaseSchema>({
    dialect: withUnavailableErrors(new PostgresDialect({ pool: discardingBrokenClients(pool) })),
  });
}

/** pg's Client, given `connectMs` to open its connection (the pool's own timeout is the wait). */
function clientOpeningWithin(connectMs: number): typeof pg.Client {
  return class extends pg.Client {
    constructor(config?: string | pg.ClientConfig) {
      super({
        ...(typeof config === 'string' ? { connectionString: config } : config),
        connectionTimeoutMillis: connectMs,
      });
    }
  };
}

const BROKEN = Symbol('assoradar.brokenClient');
type TrackedClient = pg.PoolClient & { [BROKEN]?: Error };

/**
 * The pool as Kysely sees it, except that a client whose query timed out or lost its server is
 * destroyed when Kysely gives it back, rather than returned to the pool: the query it sent may
 * still be waiting on the server, and every later query on it would wait behind that one.
 */
function discardingBrokenClients(pool: pg.Pool): Pick<pg.Pool, 'connect' | 'end'> {
  return {
    connect: async () => {
      const client = (await pool.connect()) as TrackedClient;
      trackErrors(client);
      const release = client.release;
      client.release = (error?: Error | boolean) => {
        const broken = client[BROKEN];
        client[BROKEN] = undefined;
        return release(error ?? broken);
      };
      return client;
    },
    end: () => pool.end(),
  } as Pick<pg.Pool, 'connect' | 'end'>;
}

const TRACKED = Symbol('assoradar.trackedClient');

/** Once per client (the pool hands the same one out again): remembers an error of unavailability. */
function trackErrors(client: TrackedClient & { [TRACKED]?: true }) {
  if (client[TRACKED]) return;
  client[TRACKED] = true;
  const query = client.query.bind(client) as (...args: unknown[]) => unknown;
  (client as { query: unknown }).query = (...args: unknown[]) => {
    // A cursor (a streamed query) is returned as is: it reports its errors itself.
    if (typeof (args[0] as { submit?: unknown } | null)?.submit === 'function') {
      return query(...args);
    }
    const broken = client[BROKEN];
    if (broken) return Promise.reject(broken);
    return (query(...args) as Promise<unknown>).catch((error: unknown) => {
      if (isDatabaseUnavailable(error) && !isServerSideCancel(error)) {
        client[BROKEN] = error as Error;
      }
      throw error;
    });
  };
}

/** A statement the server cancelled (statement_timeout, lock_timeout) leaves a healthy connection. */
function isServerSideCancel(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return code === '57014' || code === '55P03';
}
