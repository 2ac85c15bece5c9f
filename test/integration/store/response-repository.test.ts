import { sql, type RawBuilder } from 'kysely';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { Profile } from '../../../src/domain/index.js';
import type { Store } from '../../../src/usecases/ports.js';
import {
  buildDraftResponse,
  CREATED,
  openTestStore,
  type TestStore,
} from '../../support/test-store.js';

const draft = buildDraftResponse;

/** A profile as the store sees it: only ids, scores, levels and coverage matter here. */
function profile(
  overall: [number | null, string | null],
  areas: Record<string, [number | null, string | null]>,
): Profile {
  return {
    overall: { score: overall[0], level: overall[1], coverage: 1 },
    areas: Object.entries(areas).map(([id, [score, level]]) => ({
      id,
      score,
      level,
      coverage: score === null ? 0.25 : 1,
      status: score === null ? ('insufficient' as const) : ('scored' as const),
      weight: 1,
      explanation: { coverageThreshold: 0.5, level: null, questions: [] },
    })),
  };
}

/** No plan items and no peer group: what these tests do not look at. */
const NO_EXTRA = { recommendationIds: [], peerGroup: null };

describe('the response repository', () => {
  let testStore: TestStore;
  let store: Store;

  /** Reads the tables with SQL, as a dashboard or a benchmark report would. */
  function query<T>(statement: RawBuilder<T>): Promise<T[]> {
    return testStore.database.rows(statement);
  }

  beforeEach(async () => {
    testStore = await openTestStore();
    ({ store } = testStore);
  });
  afterEach(() => testStore.close());

  test('when a draft is inserted and read back, then answers (strings, lists, numbers) and nulls survive', async () => {
    const response = draft('r1', {
      locale: 'en',
      answers: {
        site: 'yes',
        channels: ['newsletter', 'social'],
        gdpr: 3,
        'site-updates': 'weekly',
      },
    });

    await store.responses.insert(response);

    expect(await store.responses.findById('r1')).toEqual(response);
    const [row] = await query(
      sql<Record<string, unknown>>`select * from responses where id = ${'r1'}`,
    );
    expect(row).toMatchObject({
      profile: null,
      overall_score: null,
      overall_level: null,
      submitted_at: null,
    });
    expect(JSON.parse(row!.answers as string)).toEqual(response.answers);
  });

  test('when an id is unknown, then findById answers undefined', async () => {
    expect(await store.responses.findById('missing')).toBeUndefined();
  });

  test("when a draft's answers are updated, then the new answers and time are stored", async () => {
    await store.responses.insert(draft('r1', { answers: { site: 'no' } }));

    await store.responses.updateDraft(
      'r1',
      { answers: { site: 'yes', gdpr: 0 } },
      '2026-03-02T00:00:00.000Z',
    );

    expect(await store.responses.findById('r1')).toMatchObject({
      answers: { site: 'yes', gdpr: 0 },
      updatedAt: '2026-03-02T00:00:00.000Z',
      createdAt: CREATED,
    });
  });

  test('when a response is submitted, then the overall score and level, and one row per area, are stored', async () => {
    await store.responses.insert(draft('r1', { answers: { site: 'yes' } }));
    const submittedProfile = profile([75, 'expert'], { comm: [80, 'expert'], data: [null, null] });

    await store.responses.markSubmitted(
      'r1',
      submittedProfile,
      '2026-03-03T00:00:00.000Z',
      NO_EXTRA,
    );

    expect(await store.responses.findById('r1')).toMatchObject({
      status: 'submitted',
      profile: submittedProfile,
      submittedAt: '2026-03-03T00:00:00.000Z',
      updatedAt: '2026-03-03T00:00:00.000Z',
    });
    expect(await query(sql`select overall_score, overall_level, status from responses`)).toEqual([
      { overall_score: 75, overall_level: 'expert', status: 'submitted' },
    ]);
    expect(
      await query(
        sql`select area_id, score, level, coverage from response_area_scores order by area_id`,
      ),
    ).toEqual([
      { area_id: 'comm', score: 80, level: 'expert', coverage: 1 },
      { area_id: 'data', score: null, level: null, coverage: 0.25 },
    ]);
  });

  test("when a submitted response's draft answers are updated, then nothing changes", async () => {
    await store.responses.insert(draft('r1', { answers: { site: 'no' } }));
    await store.responses.markSubmitted(
      'r1',
      profile([0, 'beginner'], { comm: [0, 'beginner'] }),
      CREATED,
      NO_EXTRA,
    );

    await store.responses.updateDraft(
      'r1',
      { answers: { site: 'yes' } },
      '2026-04-01T00:00:00.000Z',
    );

    expect((await store.responses.findById('r1'))?.answers).toEqual({ site: 'no' });
  });

  test('when several responses are submitted, then SQL averages their area scores as computed by hand', async () => {
    const scores: Array<[string, number, number | null]> = [
      ['r1', 80, 50],
      ['r2', 40, null],
      ['r3', 62.5, 25],
    ];
    for (const [id, comm, data] of scores) {
      await store.responses.insert(draft(id));
      await store.responses.markSubmitted(
        id,
        profile([comm, 'x'], { comm: [comm, 'x'], data: [data, data === null ? null : 'x'] }),
        CREATED,
        NO_EXTRA,
      );
    }
    await store.responses.insert(draft('r4')); // a draft: no area scores yet

    const means = await query(
      sql<{
        area_id: string;
        mean: number;
        scored: number;
      }>`select area_id, avg(score) as mean, count(score) as scored from response_area_scores group by area_id order by area_id`,
    );

    // comm: (80 + 40 + 62.5) / 3 = 60.8333...; data: the null of r2 is left out, (50 + 25) / 2 = 37.5.
    expect(means).toHaveLength(2);
    expect(means[0]).toMatchObject({ area_id: 'comm', scored: 3 });
    expect(means[0]!.mean).toBeCloseTo(182.5 / 3, 10);
    expect(means[1]).toEqual({ area_id: 'data', mean: 37.5, scored: 2 });
    expect(await query(sql`select avg(overall_score) as mean from responses`)).toEqual([
      { mean: 182.5 / 3 },
    ]);
  });

  test('when a submitted response is deleted, then its area scores go with it and delete answers true', async () => {
    await store.responses.insert(draft('r1'));
    await store.responses.insert(draft('r2'));
    await store.responses.markSubmitted(
      'r1',
      profile([50, 'x'], { comm: [50, 'x'], data: [50, 'x'] }),
      CREATED,
      NO_EXTRA,
    );
    await store.responses.markSubmitted(
      'r2',
      profile([20, 'x'], { comm: [20, 'x'], data: [20, 'x'] }),
      CREATED,
      NO_EXTRA,
    );

    expect(await store.responses.delete('r1')).toBe(true);

    expect(await store.responses.findById('r1')).toBeUndefined();
    expect(
      await query(sql`select response_id, area_id from response_area_scores order by area_id`),
    ).toEqual([
      { response_id: 'r2', area_id: 'comm' },
      { response_id: 'r2', area_id: 'data' },
    ]);
  });

  test('when an unknown response is deleted, then delete answers false', async () => {
    expect(await store.responses.delete('missing')).toBe(false);
  });

  test("when a transaction's work throws, then none of its writes stay", async () => {
    const failing = store.transaction(async (repositories) => {
      await repositories.responses.insert(draft('r1'));
      throw new Error('boom');
    });

    await expect(failing).rejects.toThrow('boom');
    expect(await store.responses.findById('r1')).toBeUndefined();
  });

  test('when a published version is recorded again with another hash, then the first record stands', async () => {
    await store.publishedVersions.record(
      { questionnaireId: 'mini', version: '1.0.0', contentHash: 'changed' },
      '2027-01-01T00:00:00.000Z',
    );

    expect(await store.publishedVersions.list()).toEqual([
      { questionnaireId: 'mini', version: '1.0.0', contentHash: 'abc' },
    ]);
    expect(await query(sql`select first_used_at from questionnaire_versions`)).toEqual([
      { first_used_at: CREATED },
    ]);
  });
});
