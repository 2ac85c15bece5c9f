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
import type { DatabaseConfig } from '../config.js';
import type { DatabaseSchema } from './database-schema.js';

export type Database = Kysely<DatabaseSchema>;

/** Enough for every distinct query the app builds; a runaway set is dropped, not grown. */
const STATEMENT_CACHE_SIZE = 256;

/**
 * The one place that picks the dialect. SQLite runs in WAL mode with synchronous=NORMAL: a
 * commit survives a crash of the process (the WAL is written before we answer), and only a
 * power loss can lose the last transactions. PostgreSQL keeps its own defaults (fsync on,
 * synchronous_commit on): a commit is on disk before we answer. @see README "Durability"
 */
export function openDatabase(config: DatabaseConfig): Database {
  if (config.dialect === 'postgres') return openPostgres(config.url, config.poolSize);
  if (config.file !== ':memory:') mkdirSync(dirname(config.file), { recursive: true });
  const sqlite = new SQLite(config.file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('mmap_size = 268435456');
  return new Kysely<DatabaseSchema>({
    dialect: new SqliteDialect({ database: withStatementCache(sqlite) }),
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

function openPostgres(url: string, poolSize: number): Database {
  const pool = new pg.Pool({ connectionString: url, max: poolSize, types: postgresTypes });
  // An idle client whose server went away emits 'error' on the pool: without a listener that
  // would end the process; the next query reconnects, and health reports the outage meanwhile.
  pool.on('error', () => undefined);
  return new Kysely<DatabaseSchema>({ dialect: new PostgresDialect({ pool }) });
}
