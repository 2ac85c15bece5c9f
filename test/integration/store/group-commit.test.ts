import SQLite from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { QuestionnaireResponse } from '../../../src/domain/index.js';
import { createStore } from '../../../src/store/create-store.js';
import { migrateToLatest } from '../../../src/store/migrate-to-latest.js';
import { openDatabase, type Database } from '../../../src/store/open-database.js';
import type { Store } from '../../../src/usecases/ports.js';
import { tempDatabase } from '../../support/temp-database.js';

const AT = '2026-03-01T10:00:00.000Z';

function draft(id: string): QuestionnaireResponse {
  return {
    id,
    questionnaireId: 'mini',
    version: '1.0.0',
    locale: 'fr',
    status: 'draft',
    tokenHash: `hash-of-${id}`,
    answers: { site: 'yes' },
    profile: null,
    createdAt: AT,
    updatedAt: AT,
    submittedAt: null,
  };
}

describe('transactions that arrive together share one commit', () => {
  let database: ReturnType<typeof tempDatabase>;
  let db: Database;
  let store: Store;

  beforeEach(async () => {
    database = tempDatabase();
    db = openDatabase({ dialect: 'sqlite', file: database.file });
    await migrateToLatest(db);
    store = createStore(db);
    await store.publishedVersions.record(
      { questionnaireId: 'mini', version: '1.0.0', contentHash: 'h' },
      AT,
    );
  });
  afterEach(async () => {
    await db.destroy();
    database.remove();
  });

  function storedIds(): string[] {
    const sqlite = new SQLite(database.file, { readonly: true });
    try {
      return (
        sqlite.prepare('select id from responses order by id').all() as Array<{ id: string }>
      ).map((row) => row.id);
    } finally {
      sqlite.close();
    }
  }

  test('when units of work run concurrently and some fail after writing, then only the failed ones leave nothing', async () => {
    const ids = Array.from({ length: 20 }, (_, i) => `r${String(i).padStart(2, '0')}`);
    const outcomes = await Promise.allSettled(
      ids.map((id, i) =>
        store.transaction(async ({ responses }) => {
          await responses.insert(draft(id));
          if (i % 3 === 0) throw new Error(`unit ${id} fails after its write`);
          return id;
        }),
      ),
    );

    const failed = ids.filter((_, i) => i % 3 === 0);
    const kept = ids.filter((_, i) => i % 3 !== 0);
    expect(outcomes.map((o) => o.status)).toEqual(
      ids.map((_, i) => (i % 3 === 0 ? 'rejected' : 'fulfilled')),
    );
    expect(outcomes.filter((o) => o.status === 'fulfilled').map((o) => o.value)).toEqual(kept);
    expect(storedIds()).toEqual(kept);
    expect(failed.every((id) => !storedIds().includes(id))).toBe(true);
  });

  test('when a unit fails alone, then its write is rolled back and the next unit still commits', async () => {
    await expect(
      store.transaction(async ({ responses }) => {
        await responses.insert(draft('alone'));
        throw new Error('fails');
      }),
    ).rejects.toThrow('fails');
    await store.transaction(({ responses }) => responses.insert(draft('next')));

    expect(storedIds()).toEqual(['next']);
  });

  test('when a unit is acknowledged, then its write is already in the database file', async () => {
    await store.transaction(({ responses }) => responses.insert(draft('durable')));

    // Read through another connection: only committed data is visible there.
    expect(storedIds()).toEqual(['durable']);
  });
});
