import {
  Migrator,
  PostgresAdapter,
  sql,
  type MigrationResult,
  type MigrationResultSet,
} from 'kysely';
import { migrations } from '../../migrations/index.js';
import type { Database } from './open-database.js';

export class MigrationFailedError extends Error {
  constructor(
    readonly migration: string | undefined,
    cause: unknown,
  ) {
    super(
      `Migration ${migration ?? '(unknown)'} failed: ${cause instanceof Error ? cause.message : String(cause)}`,
      {
        cause,
      },
    );
  }
}

/**
 * Brings the schema up to date. Kysely's migrateToLatest returns its error instead of
 * throwing, so it is checked here: a failed migration must stop the app.
 */
export async function migrateToLatest(db: Database): Promise<MigrationResult[]> {
  const migrator = await appMigrator(db);
  return migrateWith(() => migrator.migrateToLatest());
}

/** Kysely's migrator over the app's migrations, its tables in the app's own schema. */
export async function appMigrator(db: Database): Promise<Migrator> {
  return new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
    migrationTableSchema: await postgresSchema(db),
  });
}

/**
 * Runs one migrator call, looks again when the catalogue changed under it before any migration
 * ran, and throws what Kysely only returns.
 */
export async function migrateWith(
  run: () => Promise<MigrationResultSet>,
): Promise<MigrationResult[]> {
  for (let attempt = 1; ; attempt++) {
    const { error, results = [] } = await run();
    if (!error) return results;
    if (attempt < INTROSPECTION_ATTEMPTS && results.length === 0 && isVanishedSchema(error)) {
      continue;
    }
    throw new MigrationFailedError(results.find((r) => r.status === 'Error')?.migrationName, error);
  }
}

const INTROSPECTION_ATTEMPTS = 3;

/**
 * Before migrating, Kysely lists the tables of every schema of the database and checks the
 * privilege and the serial sequence of each table by name; a schema or a table that another
 * client drops at that moment (another application on a shared server, a parallel test run)
 * makes that query fail with invalid_schema_name (3F000) or undefined_table (42P01) before any
 * migration ran. Looking again is then safe.
 */
function isVanishedSchema(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === '3F000' || code === '42P01';
}

/**
 * On PostgreSQL, the schema the app works in (the first of its search_path). Named explicitly
 * because Kysely, left to itself, looks for its migration tables in every schema of the
 * database, and would take another schema's for this one's.
 */
async function postgresSchema(db: Database): Promise<string | undefined> {
  if (!(db.getExecutor().adapter instanceof PostgresAdapter)) return undefined;
  const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(db);
  return rows[0]?.schema;
}
