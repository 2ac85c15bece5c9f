import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, SqliteDialect, type SqliteDatabase, type SqliteStatement } from 'kysely';
import type { DatabaseConfig } from '../config.js';
import type { DatabaseSchema } from './database-schema.js';

export type Database = Kysely<DatabaseSchema>;

/** Enough for every distinct query the app builds; a runaway set is dropped, not grown. */
const STATEMENT_CACHE_SIZE = 256;

/**
 * The one place that picks the dialect. SQLite runs in WAL mode with synchronous=NORMAL: a
 * commit survives a crash of the process (the WAL is written before we answer), and only a
 * power loss can lose the last transactions. @see README "Decisions"
 */
export function openDatabase(config: DatabaseConfig): Database {
  if (config.dialect === 'postgres') {
    throw new Error(
      'DATABASE_URL names PostgreSQL, which this version does not support yet: use an SQLite file.',
    );
  }
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
