import { statfs } from 'node:fs/promises';
import { dirname } from 'node:path';
import { sql, SqliteAdapter } from 'kysely';
import type { Database } from './open-database.js';

/**
 * Below this much free space next to an SQLite file, writes are about to fail: the WAL grows by
 * whole pages and a checkpoint needs room too. Health says so before requests fail one by one.
 */
const SQLITE_MINIMUM_FREE_BYTES = 1024 * 1024;

/**
 * Whether the database answers and takes writes: 'refuses_writes' when it answers but a write
 * would fail; throws when it does not answer.
 *
 * SQLite: `PRAGMA user_version` written back unchanged is a real committed write (a WAL frame):
 * a read-only file or mount, an I/O error or a full WAL fails it, where a write rolled back
 * would never reach the disk. A WAL reset by a checkpoint is rewritten in place, so a full disk
 * can let that small write through: the free space of the file's file system is checked too.
 * PostgreSQL: `txid_current()` needs a transaction id, which a read-only server or a standby
 * refuses; a server whose disk is full stops answering or refuses, so nothing more is asked.
 */
export async function probeDatabase(db: Database): Promise<'ok' | 'refuses_writes'> {
  if (!(db.getExecutor().adapter instanceof SqliteAdapter)) {
    await sql`select 1`.execute(db);
    try {
      await sql`select txid_current()`.execute(db);
      return 'ok';
    } catch (error) {
      if ((error as { cause?: { code?: unknown } }).cause?.code === '25006') {
        return 'refuses_writes';
      }
      if ((error as { code?: unknown }).code === '25006') return 'refuses_writes';
      throw error;
    }
  }
  const { rows } = await sql<{ user_version: number }>`pragma user_version`.execute(db);
  try {
    await sql.raw(`pragma user_version = ${Number(rows[0]!.user_version)}`).execute(db);
  } catch {
    // It answered the read just above: it is the write that is refused.
    return 'refuses_writes';
  }
  const file = await mainFile(db);
  if (file === '') return 'ok';
  const space = await statfs(dirname(file));
  return space.bavail * space.bsize < SQLITE_MINIMUM_FREE_BYTES ? 'refuses_writes' : 'ok';
}

/** The main database's file ('' in memory). */
async function mainFile(db: Database): Promise<string> {
  const { rows } = await sql<{ name: string; file: string }>`pragma database_list`.execute(db);
  return rows.find((row) => row.name === 'main')?.file ?? '';
}
