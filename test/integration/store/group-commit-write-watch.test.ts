import { sql, type Kysely } from 'kysely';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { DatabaseSchema } from '../../../src/store/database-schema.js';
import { groupCommit } from '../../../src/store/group-commit.js';
import { CREATED, openTestStore, type TestStore } from '../../support/test-store.js';

/**
 * A repository written today, as a newcomer would: plain Kysely queries and raw `sql`, no call of
 * any kind to tell the group commit that it writes.
 */
function newcomerRepository(db: Kysely<DatabaseSchema>) {
  return {
    async addVersion(version: string) {
      await db
        .insertInto('questionnaire_versions')
        .values({
          questionnaire_id: 'newcomer',
          version,
          content_hash: 'h',
          first_used_at: CREATED,
        })
        .execute();
    },
    async addVersionRaw(version: string) {
      await sql`insert into questionnaire_versions (questionnaire_id, version, content_hash, first_used_at)
        values ('newcomer', ${version}, 'h', ${CREATED})`.execute(db);
    },
    async renameHash(version: string) {
      await db
        .updateTable('questionnaire_versions')
        .set({ content_hash: 'renamed' })
        .where('version', '=', version)
        .execute();
    },
    async removeVersion(version: string) {
      await db.deleteFrom('questionnaire_versions').where('version', '=', version).execute();
    },
    async countVersions() {
      await db.selectFrom('questionnaire_versions').select('version').execute();
      await sql`select count(*) from questionnaire_versions`.execute(db);
    },
  };
}
type Newcomer = ReturnType<typeof newcomerRepository>;

describe('the group commit sees the writes of a unit without being told', () => {
  let testStore: TestStore;
  let transaction: <T>(work: (repository: Newcomer) => Promise<T>) => Promise<T>;

  beforeEach(async () => {
    testStore = await openTestStore();
    transaction = groupCommit(testStore.db, newcomerRepository);
  });
  afterEach(() => testStore.close());

  async function storedVersions(): Promise<Array<{ version: string; hash: string }>> {
    const rows = await testStore.database.rows(
      sql<{ version: string; content_hash: string }>`select version, content_hash
        from questionnaire_versions where questionnaire_id = 'newcomer' order by version`,
    );
    return rows.map((row) => ({ version: row.version, hash: row.content_hash }));
  }

  /**
   * Runs a unit that adds version "kept", then in the same batch `failing` (which throws after
   * its queries), and counts how many times the kept unit ran: twice when the batch was spoiled.
   */
  async function beside(failing: (repository: Newcomer) => Promise<void>) {
    let keptRuns = 0;
    const outcomes = await Promise.allSettled([
      transaction(async (repository) => {
        keptRuns++;
        await repository.addVersion('kept');
      }),
      transaction(async (repository) => {
        await failing(repository);
        throw new Error('fails after its queries');
      }),
    ]);
    expect(outcomes.map((outcome) => outcome.status)).toEqual(['fulfilled', 'rejected']);
    return keptRuns;
  }

  test.each([
    ['an insert', (repository: Newcomer) => repository.addVersion('failed')],
    ['a raw sql insert', (repository: Newcomer) => repository.addVersionRaw('failed')],
  ])(
    'when a unit fails after %s no method announced, then its row is rolled back and the other unit is kept',
    async (_, write) => {
      const keptRuns = await beside(write);

      expect(await storedVersions()).toEqual([{ version: 'kept', hash: 'h' }]);
      // The batch was spoiled by the failed unit's write, then each unit ran again alone.
      expect(keptRuns).toBe(2);
    },
  );

  test('when a unit fails after an update or a delete, then neither is kept', async () => {
    await transaction(async (repository) => {
      await repository.addVersion('a');
      await repository.addVersion('b');
    });

    await beside(async (repository) => {
      await repository.renameHash('a');
      await repository.removeVersion('b');
    });

    expect(await storedVersions()).toEqual([
      { version: 'a', hash: 'h' },
      { version: 'b', hash: 'h' },
      { version: 'kept', hash: 'h' },
    ]);
  });

  test('when a unit fails after reads only, then the batch is not spoiled and the other unit runs once', async () => {
    const keptRuns = await beside((repository) => repository.countVersions());

    expect(keptRuns).toBe(1);
    expect(await storedVersions()).toEqual([{ version: 'kept', hash: 'h' }]);
  });
});
