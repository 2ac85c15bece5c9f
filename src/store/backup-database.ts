import { existsSync } from 'node:fs';
import SQLite from 'better-sqlite3';
import type { DatabaseConfig } from '../config.js';

/**
 * Copies the SQLite database to `target` with SQLite's online backup, page by page, while the
 * app keeps serving (WAL mode lets readers and the writer go on). The copy is a consistent
 * snapshot, openable as a database. PostgreSQL is backed up with pg_dump (README, "Operations").
 */
export async function backupDatabase(config: DatabaseConfig, target: string): Promise<number> {
  if (config.dialect !== 'sqlite' || config.file === ':memory:') {
    throw new Error('Only an SQLite file can be backed up this way; for PostgreSQL use pg_dump.');
  }
  if (!existsSync(config.file)) throw new Error(`There is no database at ${config.file}.`);
  if (existsSync(target)) throw new Error(`${target} exists already: choose a new file name.`);
  const source = new SQLite(config.file, { readonly: true, fileMustExist: true });
  try {
    const { totalPages } = await source.backup(target);
    return totalPages;
  } finally {
    source.close();
  }
}
