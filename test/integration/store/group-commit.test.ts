import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { createStore } from '../../../src/store/create-store.js';
import { openDatabase } from '../../../src/store/open-database.js';
import type { Store } from '../../../src/usecases/ports.js';
import { onPostgres } from '../../support/test-database.js';
import { buildDraftResponse, openTestStore, type TestStore } from '../../support/test-store.js';

function draft(id: string) {
  return buildDraftResponse(id, { answers: { site: 'yes' } });
}

describe('transactions that arrive together share one commit', () => {
  let testStore: TestStore;
  let store: Store;

  beforeEach(async () => {
    testStore = await openTestStore();
    ({ store } = testStore);
  });
  afterEach(() => testStore.close());

  async function storedIds(): Promise<string[]> {
    const rows = await testStore.database.rows(
      sql<{ id: string }>`select id from responses order by id`,
    );
    return rows.map((row) => row.id);
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
    expect(await storedIds()).toEqual(kept);
    const stored = await storedIds();
    expect(failed.every((id) => !stored.includes(id))).toBe(true);
  });

  test('when a unit fails alone, then its write is rolled back and the next unit still commits', async () => {
    await expect(
      store.transaction(async ({ responses }) => {
        await responses.insert(draft('alone'));
        throw new Error('fails');
      }),
    ).rejects.toThrow('fails');
    await store.transaction(({ responses }) => responses.insert(draft('next')));

    expect(await storedIds()).toEqual(['next']);
  });

  test('when a unit is acknowledged, then its write is already in the database file', async () => {
    await store.transaction(({ responses }) => responses.insert(draft('durable')));

    // Read through another connection: only committed data is visible there.
    expect(await storedIds()).toEqual(['durable']);
  });

  // Two instances on one PostgreSQL database, each writing the same two rows in the opposite
  // order: PostgreSQL aborts one transaction as a deadlock, and that one must run again.
  test.runIf(onPostgres)(
    'when two instances deadlock on the same rows, then the aborted transaction runs again and both succeed',
    async () => {
      await store.responses.insert(draft('a'));
      await store.responses.insert(draft('b'));
      const otherDb = openDatabase(testStore.database.config);
      const other = createStore(otherDb, testStore.database.config.dialect);
      let firstWrites = 0;
      let bothWrote!: () => void;
      const barrier = new Promise<void>((resolve) => (bothWrote = resolve));
      const writeBoth = (instance: Store, name: string, order: [string, string]) =>
        instance.transaction(async ({ responses }) => {
          const at = new Date().toISOString();
          await responses.updateDraft(order[0], { answers: { site: name } }, at);
          if (++firstWrites === 2) bothWrote();
          // The second write waits until each holds the row the other wants; a rerun passes.
          await barrier;
          await responses.updateDraft(order[1], { answers: { site: name } }, at);
          return name;
        });

      try {
        const outcomes = await Promise.allSettled([
          writeBoth(store, 'one', ['a', 'b']),
          writeBoth(other, 'two', ['b', 'a']),
        ]);

        expect(outcomes.map((outcome) => outcome.status)).toEqual(['fulfilled', 'fulfilled']);
        // One ran again after the other committed: its writes are the last on both rows.
        expect(firstWrites).toBe(3);
        const sites = await testStore.database.rows(
          sql<{ answers: string }>`select answers from responses order by id`,
        );
        const [a, b] = sites.map((row) => (JSON.parse(row.answers) as { site: string }).site);
        expect(a).toBe(b);
      } finally {
        await otherDb.destroy();
      }
    },
    20_000,
  );
});
