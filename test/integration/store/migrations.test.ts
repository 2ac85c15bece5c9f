import SQLite from 'better-sqlite3';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { migrations } from '../../../migrations/index.js';
import { migrateToLatest } from '../../../src/store/migrate-to-latest.js';
import { openDatabase, type Database } from '../../../src/store/open-database.js';
import { tempDatabase } from '../../support/temp-database.js';
import {
  createTestDatabase,
  onPostgres,
  TEST_DIALECT,
  type TestDatabase,
} from '../../support/test-database.js';

describe(`opening and migrating a database (${TEST_DIALECT})`, () => {
  let database: TestDatabase;
  let db: Database | undefined;
  beforeEach(async () => {
    database = await createTestDatabase();
  });
  afterEach(async () => {
    await db?.destroy();
    db = undefined;
    await database.remove();
  });

  test('when a new database is migrated, then it holds the tables and records each migration', async () => {
    db = openDatabase(database.config);

    const results = await migrateToLatest(db);

    expect(results.map((result) => [result.migrationName, result.status])).toEqual(
      Object.keys(migrations).map((name) => [name, 'Success']),
    );
    expect(Object.keys(migrations).slice(0, 3)).toEqual([
      '2026-11-26-001-initial',
      '2026-11-26-002-association-name',
      '2026-11-26-003-workshops',
    ]);
    expect(await database.tables()).toEqual(
      expect.arrayContaining([
        'questionnaire_versions',
        'responses',
        'response_area_scores',
        'teams',
        'team_members',
        'team_agreements',
      ]),
    );
  });

  test('when migrations run twice, then the second run does nothing', async () => {
    db = openDatabase(database.config);
    await migrateToLatest(db);
    const tables = await database.tables();
    await db.destroy();

    db = openDatabase(database.config);
    const second = await migrateToLatest(db);

    expect(second).toEqual([]);
    expect(await database.tables()).toEqual(tables);
  });

  // Several instances share a PostgreSQL database, whose migrator takes a lock; an SQLite file
  // serves one instance.
  test.runIf(onPostgres)(
    'when two instances migrate the same new database at once, then each migration runs once',
    async () => {
      db = openDatabase(database.config);
      const other = openDatabase(database.config);
      try {
        const [first, second] = await Promise.all([migrateToLatest(db), migrateToLatest(other)]);

        expect([...first, ...second].map((result) => result.migrationName).sort()).toEqual(
          Object.keys(migrations).sort(),
        );
      } finally {
        await other.destroy();
      }
    },
  );

  test.runIf(onPostgres)(
    'when another schema of the same database is already migrated, then this one migrates on its own',
    async () => {
      const neighbour = await createTestDatabase();
      const neighbourDb = openDatabase(neighbour.config);
      try {
        await migrateToLatest(neighbourDb);
        db = openDatabase(database.config);

        expect(await migrateToLatest(db)).toHaveLength(Object.keys(migrations).length);
        expect(await database.tables()).toContain('responses');
      } finally {
        await neighbourDb.destroy();
        await neighbour.remove();
      }
    },
  );

  test('when counts and sums are read, then they come back as numbers on either dialect', async () => {
    db = openDatabase(database.config);
    await migrateToLatest(db);
    const count = () =>
      sql<{
        count: unknown;
        total: unknown;
      }>`select count(*) as count, sum(length(version)) as total from questionnaire_versions`.execute(
        db!,
      );
    expect((await count()).rows).toEqual([{ count: 0, total: null }]);

    await db
      .insertInto('questionnaire_versions')
      .values({ questionnaire_id: 'q', version: '1.0.0', content_hash: 'h', first_used_at: 'now' })
      .execute();

    // PostgreSQL types count(*) and sum(integer) as bigint, which pg reads as text by default.
    expect((await count()).rows).toEqual([{ count: 1, total: 5 }]);
  });

  test('when a response names a version that was never recorded, then the foreign key rejects it', async () => {
    db = openDatabase(database.config);
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
        chain_id: 'r1',
        answers: '{}',
        profile: null,
        overall_score: null,
        overall_level: null,
        created_at: '2026-01-01T00:00:00.000Z',
        updated_at: '2026-01-01T00:00:00.000Z',
      })
      .execute();

    await expect(insert).rejects.toThrow(/foreign key/i);
  });
});

describe.skipIf(onPostgres)('an SQLite file', () => {
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

  test('when the file sits in a folder that does not exist yet, then the folder is created', async () => {
    const file = `${database.dir}/nested/deeper/app.sqlite`;
    db = openDatabase({ dialect: 'sqlite', file });

    await migrateToLatest(db);

    const sqlite = new SQLite(file, { readonly: true });
    try {
      expect(
        sqlite.prepare("select name from sqlite_master where name = 'responses'").all(),
      ).toEqual([{ name: 'responses' }]);
    } finally {
      sqlite.close();
    }
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
});
