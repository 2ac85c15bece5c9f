import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

export type BenchDialect = 'sqlite' | 'postgres';

/** BENCH_DIALECTS (default "sqlite,postgres"): the dialects each database benchmark runs on. */
export function benchDialects(): BenchDialect[] {
  const names = (process.env.BENCH_DIALECTS ?? 'sqlite,postgres').split(',').map((s) => s.trim());
  for (const name of names) {
    if (name !== 'sqlite' && name !== 'postgres') {
      throw new Error(`BENCH_DIALECTS: "${name}" is neither sqlite nor postgres`);
    }
  }
  return names as BenchDialect[];
}

/** BENCH_PG_URL: the PostgreSQL server the benchmarks create their schemas on. */
const PG_URL = process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export interface BenchDatabase {
  dialect: BenchDialect;
  /** What DATABASE_URL says to reach it. */
  url: string;
  /** Where it is, for the printed figures (never a password). */
  label: string;
  remove(): Promise<void>;
}

/**
 * A fresh, empty database: a file in a temporary folder, or a schema of its own on BENCH_PG_URL
 * (reached through `options=-c search_path=<schema>`, as the PostgreSQL test suites do), so that
 * a benchmark never touches the app's own data nor another run's. A PostgreSQL server that does
 * not answer fails the benchmark: BENCH_DIALECTS=sqlite leaves it out on purpose.
 */
export async function createBenchDatabase(dialect: BenchDialect): Promise<BenchDatabase> {
  if (dialect === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'assoradar-bench-'));
    const url = join(dir, 'bench.sqlite');
    return {
      dialect,
      url,
      label: `SQLite file ${url}`,
      remove: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  const schema = `bench_${process.pid}_${randomBytes(4).toString('hex')}`;
  await onServer((client) => client.query(`create schema ${schema}`));
  const { host, pathname } = new URL(PG_URL);
  return {
    dialect,
    url: withSearchPath(PG_URL, schema),
    label: `PostgreSQL schema ${schema} on ${host}${pathname}`,
    remove: () => onServer((client) => client.query(`drop schema ${schema} cascade`)),
  };
}

function withSearchPath(base: string, schema: string): string {
  const url = new URL(base);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return url.toString();
}

async function onServer(work: (client: pg.Client) => Promise<unknown>): Promise<void> {
  const client = new pg.Client({ connectionString: PG_URL });
  try {
    await client.connect();
  } catch (error) {
    throw new Error(
      `PostgreSQL at BENCH_PG_URL does not answer (${(error as Error).message}); ` +
        'set BENCH_PG_URL, or BENCH_DIALECTS=sqlite to leave PostgreSQL out',
    );
  }
  try {
    await work(client);
  } finally {
    await client.end();
  }
}

/**
 * VACUUM ANALYZE of the tables of the schema `url` reaches: what autovacuum does in time on a
 * server where it runs (its default). Right after a load of many rows the planner has no
 * statistics yet, and every update of a running total has left a dead row behind. Returns
 * the server's `autovacuum` setting, for the printed figures.
 */
export async function vacuumAnalyze(url: string): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ name: string }>(
      'select quote_ident(tablename) as name from pg_tables where schemaname = current_schema()',
    );
    await client.query(`vacuum analyze ${rows.map((row) => row.name).join(', ')}`);
    const setting = await client.query<{ autovacuum: string }>('show autovacuum');
    return setting.rows[0]!.autovacuum;
  } finally {
    await client.end();
  }
}
