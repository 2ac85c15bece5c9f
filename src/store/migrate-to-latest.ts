import { Migrator, type MigrationResult } from 'kysely';
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
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
  const { error, results = [] } = await migrator.migrateToLatest();
  if (error)
    throw new MigrationFailedError(results.find((r) => r.status === 'Error')?.migrationName, error);
  return results;
}
