import { sql } from 'kysely';
import { describe, expect, test } from 'vitest';
import { migrateToLatest } from '../../../src/store/migrate-to-latest.js';
import { migrateTo } from '../../support/migrate-to.js';
import { TEST_DIALECT } from '../../support/test-database.js';
import { useEmptyDatabase } from '../../support/use-empty-database.js';

const BEFORE = '2026-11-26-007-shares';

describe(`migration 008, invariants the database keeps (${TEST_DIALECT})`, () => {
  const env = useEmptyDatabase();

  async function insertResponse(
    id: string,
    chainId: string,
    status: 'draft' | 'submitted',
    updatedAt: string,
  ) {
    await sql`insert into responses (id, questionnaire_id, version, locale, status, token_hash,
        answers, chain_id, created_at, updated_at)
      values (${id}, 'mini', '1.0.0', 'fr', ${status}, 'same-key', '{}', ${chainId},
        '2026-01-01T00:00:00.000Z', ${updatedAt})`.execute(env.db);
  }

  async function insertAction(id: string, position: number, recommendationId: string | null) {
    await sql`insert into plan_actions (id, response_id, recommendation_id, title, status,
        position, created_at, updated_at)
      values (${id}, 'r1', ${recommendationId}, ${`Action ${id}`}, 'planned', ${position},
        '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')`.execute(env.db);
  }

  const uniqueViolation = /unique/i;

  async function migrateBefore() {
    await migrateTo(env.db, BEFORE);
    await sql`insert into questionnaire_versions (questionnaire_id, version, content_hash, first_used_at)
      values ('mini', '1.0.0', 'h', '2026-01-01T00:00:00.000Z')`.execute(env.db);
  }

  test('when a chain holds two drafts from before, then the latest keeps the chain, the other becomes a chain of its own, and a second draft is refused after', async () => {
    await migrateBefore();
    await insertResponse('r1', 'r1', 'submitted', '2026-01-01T00:00:00.000Z');
    await insertResponse('d-old', 'r1', 'draft', '2026-01-02T00:00:00.000Z');
    await insertResponse('d-new', 'r1', 'draft', '2026-01-03T00:00:00.000Z');

    await migrateToLatest(env.db);

    const rows = await env.db
      .selectFrom('responses')
      .select(['id', 'chain_id', 'status'])
      .orderBy('id')
      .execute();
    expect(rows).toEqual([
      { id: 'd-new', chain_id: 'r1', status: 'draft' },
      { id: 'd-old', chain_id: 'd-old', status: 'draft' },
      { id: 'r1', chain_id: 'r1', status: 'submitted' },
    ]);
    await expect(
      insertResponse('d-third', 'r1', 'draft', '2026-01-04T00:00:00.000Z'),
    ).rejects.toThrow(uniqueViolation);
    // A chain holds any number of submitted diagnoses.
    await insertResponse('r2', 'r1', 'submitted', '2026-01-04T00:00:00.000Z');
  });

  test('when a plan holds two actions at one position and a proposal copied twice, then positions are renumbered in order and the second copy becomes the association’s own', async () => {
    await migrateBefore();
    await insertResponse('r1', 'r1', 'submitted', '2026-01-01T00:00:00.000Z');
    await insertAction('a', 0, 'rec-1');
    await insertAction('b', 1, null);
    await insertAction('c', 1, 'rec-1');
    await insertAction('d', 2, 'rec-2');

    await migrateToLatest(env.db);

    const rows = await env.db
      .selectFrom('plan_actions')
      .select(['id', 'position', 'recommendation_id', 'title'])
      .orderBy('position')
      .execute();
    expect(rows).toEqual([
      { id: 'a', position: 0, recommendation_id: 'rec-1', title: 'Action a' },
      { id: 'b', position: 1, recommendation_id: null, title: 'Action b' },
      { id: 'c', position: 2, recommendation_id: null, title: 'Action c' },
      { id: 'd', position: 3, recommendation_id: 'rec-2', title: 'Action d' },
    ]);
    await expect(insertAction('e', 3, null)).rejects.toThrow(uniqueViolation);
    await expect(insertAction('f', 4, 'rec-2')).rejects.toThrow(uniqueViolation);
    // The association's own actions carry no proposal: any number of them.
    await insertAction('g', 5, null);
    await insertAction('h', 6, null);
  });
});
