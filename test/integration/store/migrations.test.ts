import SQLite from 'better-sqlite3';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { migrateToLatest } from '../../../src/store/migrate-to-latest.js';
import { openDatabase, type Database } from '../../../src/store/open-database.js';
import { tempDatabase } from '../../support/temp-database.js';

function tablesOf(file: string): string[] {
  const sqlite = new SQLite(file, { readonly: true });
  try {
    return (
      sqlite
        .prepare("select name from sqlite_master where type = 'table' order by name")
        .all() as Array<{ name: string }>
    ).map((row) => row.name);
  } finally {
    sqlite.close();
  }
}

describe('opening and migrating an SQLite database', () => {
  let database: ReturnType<typeof tempDatabase>;
  let db: Database | undefined;
  beforeEach(() => {
    database = tempDatabase();
  });
  afterEach(async () => {
    await db?.destroy();
    db = undefined;
    database.remove();
  });

  test('when a new file is migrated, then it holds the three tables and records each migration', async () => {
    db = openDatabase({ dialect: 'sqlite', file: database.file });

    const results = await migrateToLatest(db);

    expect(results.map((result) => [result.migrationName, result.status])).toEqual([
      ['2026-11-26-001-initial', 'Success'],
      ['2026-11-26-002-association-name', 'Success'],
      ['2026-11-26-003-workshops', 'Success'],
    ]);
    expect(tablesOf(database.file)).toEqual(
      expect.arrayContaining(['questionnaire_versions', 'responses', 'response_area_scores']),
    );
  });

  test('when the file sits in a folder that does not exist yet, then the folder is created', async () => {
    const file = `${database.dir}/nested/deeper/app.sqlite`;
    db = openDatabase({ dialect: 'sqlite', file });

    await migrateToLatest(db);

    expect(tablesOf(file)).toContain('responses');
  });

  test('when migrations run twice, then the second run does nothing', async () => {
    db = openDatabase({ dialect: 'sqlite', file: database.file });
    await migrateToLatest(db);
    const tables = tablesOf(database.file);
    await db.destroy();

    db = openDatabase({ dialect: 'sqlite', file: database.file });
    const second = await migrateToLatest(db);

    expect(second).toEqual([]);
    expect(tablesOf(database.file)).toEqual(tables);
  });

  test('when the database is opened, then the file is in WAL mode', async () => {
    db = openDatabase({ dialect: 'sqlite', file: database.file });
    await migrateToLatest(db);

    // journal_mode=WAL is stored in the file itself, so another connection reads it.
    const sqlite = new SQLite(database.file, { readonly: true });
    try {
      expect(sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    } finally {
      sqlite.close();
    }
  });

  test('when the database is opened, then its connection enforces foreign keys and syncs NORMAL', async () => {
    db = openDatabase({ dialect: 'sqlite', file: database.file });
    await migrateToLatest(db);

    // These two are settings of the connection, not of the file: read them on the app's own.
    const foreignKeys = await sql<{ foreign_keys: number }>`pragma foreign_keys`.execute(db);
    const synchronous = await sql<{ synchronous: number }>`pragma synchronous`.execute(db);
    expect(foreignKeys.rows).toEqual([{ foreign_keys: 1 }]);
    expect(synchronous.rows).toEqual([{ synchronous: 1 }]); // 1 = NORMAL
  });

  test('when a response names a version that was never recorded, then the foreign key rejects it', async () => {
    db = openDatabase({ dialect: 'sqlite', file: database.file });
    await migrateToLatest(db);

    const insert = db
      .insertInto('responses')
      .values({
        id: 'r1',
        questionnaire_id: 'mini',
        version: '1.0.0',
        locale: 'fr',
        status: 'draft',
        token_hash: 'x',
        answers: '{}',
        profile: null,
        overall_score: null,
        overall_level: null,
        created_at: '2026-01-01T00:00:00.000Z',
        updated_at: '2026-01-01T00:00:00.000Z',
      })
      .execute();

    await expect(insert).rejects.toThrow(/FOREIGN KEY/);
  });
});
