import SQLite from 'better-sqlite3';

/** Runs one read-only query on a SQLite file, beside the app that may hold it open (WAL). */
export function queryDatabase<T>(file: string, sql: string, ...params: unknown[]): T[] {
  const db = new SQLite(file, { readonly: true, fileMustExist: true });
  try {
    return db.prepare(sql).all(...params) as T[];
  } finally {
    db.close();
  }
}

/** The number of rows of a table. */
export function countRows(file: string, table: string): number {
  const [row] = queryDatabase<{ count: number }>(file, `select count(*) as count from ${table}`);
  return row!.count;
}
