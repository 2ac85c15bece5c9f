import { sql } from 'kysely';
import { describe, expect, test } from 'vitest';
import { migrateToLatest } from '../../../src/store/migrate-to-latest.js';
import { migrateTo } from '../../support/migrate-to.js';
import { TEST_DIALECT } from '../../support/test-database.js';
import { useEmptyDatabase } from '../../support/use-empty-database.js';

describe(`migration 007, shares (${TEST_DIALECT})`, () => {
  const env = useEmptyDatabase();

  test('when facilitators from before sharing are migrated, then they have no name and no code yet, and no two can ever hold the same code', async () => {
    await migrateTo(env.db, '2026-11-26-004-response-chains');
    for (const id of ['f1', 'f2']) {
      await sql`insert into facilitators (id, email, password_hash, created_at)
        values (${id}, ${`${id}@crib.fr`}, 'hash', '2025-01-01T00:00:00.000Z')`.execute(env.db);
    }

    await migrateToLatest(env.db);

    const rows = await env.db
      .selectFrom('facilitators')
      .select(['id', 'display_name', 'share_code'])
      .orderBy('id')
      .execute();
    expect(rows).toEqual([
      { id: 'f1', display_name: null, share_code: null },
      { id: 'f2', display_name: null, share_code: null },
    ]);
    await env.db
      .updateTable('facilitators')
      .set({ share_code: 'K7M2QX' })
      .where('id', '=', 'f1')
      .execute();
    await expect(
      env.db
        .updateTable('facilitators')
        .set({ share_code: 'K7M2QX' })
        .where('id', '=', 'f2')
        .execute(),
    ).rejects.toThrow();
  });
});
