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
 * PostgreSQL: a transaction's `transaction_read_only` is on for a standby and for a server or
 * database set read-only (default_transaction_read_only); a server whose disk is full stops
 * (it cannot write its WAL) or refuses every write with an error, so nothing more is asked.
 */
export async function probeDatabase(db: Database): Promise<'ok' | 'refuses_writes'> {
  if (!(db.getExecutor().adapter instanceof SqliteAdapter)) {
    const { rows } = await sql<{
      read_only: string;
    }>`select current_setting('transaction_read_only') as read_only`.execute(db);
    return rows[0]?.read_only === 'on' ? 'refuses_writes' : 'ok';
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
