import { randomBytes } from 'node:crypto';
import { sql, type RawBuilder } from 'kysely';
import pg from 'pg';
import type { DatabaseConfig } from '../../src/config.js';
import { openDatabase, type Database } from '../../src/store/open-database.js';
import { tempDatabase } from './temp-database.js';

/**
 * The dialect of this test run. The vitest projects ending in "-pg" set it (vitest.config.ts)
 * when TEST_DATABASE_URL names a PostgreSQL server; every other run is on SQLite files.
 */
export const TEST_DIALECT: 'sqlite' | 'postgres' =
  process.env.TEST_DATABASE_DIALECT === 'postgres' ? 'postgres' : 'sqlite';
export const onPostgres = TEST_DIALECT === 'postgres';

export interface TestDatabase {
  /** What DATABASE_URL says to reach it. */
  url: string;
  config: DatabaseConfig;
  /** Reads beside the app, through a connection of its own. */
  rows<T>(query: RawBuilder<T>): Promise<T[]>;
  countRows(table: string): Promise<number>;
  /** Names of the app's tables (not the migrator's). */
  tables(): Promise<string[]>;
  remove(): Promise<void>;
}

/**
 * A fresh, empty database of the run's dialect: a temporary SQLite file, or a schema of its own
 * on the PostgreSQL of TEST_DATABASE_URL (search_path set through the URL), so that test files
 * running in parallel, and runs on the same server, never see each other's rows.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  if (onPostgres) return createPostgresSchema(requiredTestDatabaseUrl());
  const database = tempDatabase();
  return withReader(
    database.file,
    { dialect: 'sqlite', file: database.file },
    undefined,
    async () => database.remove(),
  );
}

function requiredTestDatabaseUrl(): string {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error('TEST_DATABASE_DIALECT=postgres needs TEST_DATABASE_URL.');
  return url;
}

async function createPostgresSchema(baseUrl: string): Promise<TestDatabase> {
  const schema = `test_${process.pid}_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  try {
    await admin.query(`create schema ${schema}`);
  } finally {
    await admin.end();
  }
  const url = withSearchPath(baseUrl, schema);
  return withReader(url, { dialect: 'postgres', url, poolSize: 4 }, schema, async () => {
    const dropper = new pg.Client({ connectionString: baseUrl });
    await dropper.connect();
    try {
      await dropper.query(`drop schema ${schema} cascade`);
    } finally {
      await dropper.end();
    }
  });
}

/**
 * The URL with `options=-c search_path=<schema>`, which pg sends at connection start-up. Parallel
 * query is off on these connections: with many test schemas at once the catalog grows, the
 * migrator's catalog queries get parallel plans, and a parallel worker then failed now and then
 * with "schema ... does not exist" for a schema created a moment before (seen twice on
 * PostgreSQL 15 while several suites ran at once). Test connections never need parallel plans.
 * Nor do they need a commit flushed before it is acknowledged (`synchronous_commit=off`): a
 * test's schema is dropped at its end, and a crash loses nothing a test reads afterwards; the
 * transactions, locks and constraints under test work the same.
 */
export function withSearchPath(url: string, schema: string): string {
  const parsed = new URL(url);
  parsed.searchParams.set(
    'options',
    `-c search_path=${schema} -c max_parallel_workers_per_gather=0 -c synchronous_commit=off`,
  );
  return parsed.toString();
}

function withReader(
  url: string,
  config: DatabaseConfig,
  schema: string | undefined,
  drop: () => Promise<void>,
): Promise<TestDatabase> {
  let reader: Database | undefined;
  const read = () => (reader ??= openDatabase(config));
  return Promise.resolve({
    url,
    config,
    rows: async <T>(query: RawBuilder<T>) => (await query.execute(read())).rows,
    countRows: async (table: string) => {
      const { rows } = await sql<{
        count: number | string;
      }>`select count(*) as count from ${sql.table(table)}`.execute(read());
      return Number(rows[0]!.count);
    },
    tables: async () =>
      (await read().introspection.getTables())
        .filter((table) => schema === undefined || table.schema === schema)
        .map((table) => table.name)
        .filter((name) => !name.startsWith('kysely_'))
        .sort(),
    remove: async () => {
      await reader?.destroy();
      await drop();
    },
  });
}
