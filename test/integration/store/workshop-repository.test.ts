import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { Store } from '../../../src/usecases/ports.js';
import {
  buildDraftResponse,
  buildFacilitator,
  buildProfile,
  buildWorkshop,
  CREATED,
  openTestStore,
  type TestStore,
} from '../../support/test-store.js';

describe('the workshop repository and the workshop statistics', () => {
  let testStore: TestStore;
  let store: Store;
  beforeEach(async () => {
    testStore = await openTestStore();
    ({ store } = testStore);
    await store.facilitators.insert(buildFacilitator('anne'));
    await store.facilitators.insert(buildFacilitator('bob'));
  });
  afterEach(() => testStore.close());

  test('when workshops are inserted, then each is found by id and join code, and a facilitator lists only theirs, newest first', async () => {
    const first = buildWorkshop('w1', 'anne', { createdAt: '2026-03-01T10:00:00.000Z' });
    const second = buildWorkshop('w2', 'anne', { createdAt: '2026-03-02T10:00:00.000Z' });
    await store.workshops.insert(first);
    await store.workshops.insert(second);
    await store.workshops.insert(buildWorkshop('w3', 'bob'));

    expect(await store.workshops.findById('w1')).toEqual(first);
    expect(await store.workshops.findByJoinCode('JOIN-w2')).toEqual(second);
    expect(await store.workshops.findByJoinCode('JOIN-none')).toBeUndefined();
    expect((await store.workshops.listByFacilitator('anne')).map((w) => w.id)).toEqual([
      'w2',
      'w1',
    ]);
  });

  test('when a workshop is closed, then it reads back closed at that time', async () => {
    await store.workshops.insert(buildWorkshop('w1', 'anne'));

    await store.workshops.close('w1', '2026-03-12T18:00:00.000Z');

    expect((await store.workshops.findById('w1'))?.closedAt).toBe('2026-03-12T18:00:00.000Z');
  });

  test('when a workshop read takes a row lock in a transaction, then it reads the same workshop', async () => {
    await store.workshops.insert(buildWorkshop('w1', 'anne'));

    const locked = await store.transaction((repositories) =>
      repositories.workshops.findById('w1', { lock: 'update' }),
    );

    expect(locked?.id).toBe('w1');
  });

  test('when participants join and some submit, then the figures are those worked out by hand', async () => {
    await store.workshops.insert(buildWorkshop('w1', 'anne'));
    await store.workshops.insert(buildWorkshop('w2', 'anne'));
    const join = (id: string, workshopId: string, updatedAt: string) =>
      store.responses.insert(
        buildDraftResponse(id, { workshopId, updatedAt, associationName: `Asso ${id}` }),
      );
    await join('r1', 'w1', '2026-03-12T10:01:00.000Z');
    await join('r2', 'w1', '2026-03-12T10:02:00.000Z');
    await join('r3', 'w1', '2026-03-12T10:03:00.000Z');
    await join('other', 'w2', '2026-03-12T10:04:00.000Z');
    // comm 80, 40; data 60, (none scored): r3 stays a draft.
    await store.responses.markSubmitted(
      'r1',
      buildProfile([70, 'advanced'], { comm: [80, 'expert'], data: [60, 'advanced'] }),
      '2026-03-12T11:01:00.000Z',
      { recommendationIds: ['gdpr-register', 'newsletter'], peerGroup: null, workshopId: 'w1' },
    );
    await store.responses.markSubmitted(
      'r2',
      buildProfile([40, 'beginner'], { comm: [40, 'beginner'], data: [null, null] }),
      '2026-03-12T11:02:00.000Z',
      { recommendationIds: ['gdpr-register'], peerGroup: null, workshopId: 'w1' },
    );

    const figures = await store.statistics.workshopFigures('w1', 2);

    expect(figures).toMatchObject({ joined: 3, submitted: 2, overall: { count: 2, mean: 55 } });
    const comm = figures.areas.find((area) => area.areaId === 'comm')!;
    // mean (80 + 40) / 2 = 60; population deviation sqrt(((80-60)² + (40-60)²) / 2) = 20.
    expect(comm).toMatchObject({ count: 2, mean: 60, min: 40, max: 80 });
    expect(comm.stdDev).toBeCloseTo(20, 10);
    expect(figures.areas.find((area) => area.areaId === 'data')).toMatchObject({
      count: 1,
      mean: 60,
      min: 60,
      max: 60,
      stdDev: 0,
    });
    expect(figures.levelCounts).toEqual(
      expect.arrayContaining([
        { areaId: 'comm', level: 'expert', count: 1 },
        { areaId: 'comm', level: 'beginner', count: 1 },
        { areaId: 'data', level: 'advanced', count: 1 },
      ]),
    );
    expect(figures.levelCounts).toHaveLength(3);
    expect(figures.recommendationCounts).toEqual([
      { recommendationId: 'gdpr-register', count: 2 },
      { recommendationId: 'newsletter', count: 1 },
    ]);
    // The two most recently active, the latest first (submitting updates a response).
    expect(figures.participants.map((p) => [p.responseId, p.status])).toEqual([
      ['r2', 'submitted'],
      ['r1', 'submitted'],
    ]);
    expect(figures.participants[1]).toMatchObject({
      associationName: 'Asso r1',
      overallScore: 70,
      overallLevel: 'advanced',
      areaScores: { comm: 80, data: 60 },
      shareAnswers: false,
      submittedAt: '2026-03-12T11:01:00.000Z',
    });
  });

  test('when a workshop has no one yet, then its figures are empty, not missing', async () => {
    await store.workshops.insert(buildWorkshop('w1', 'anne'));

    expect(await store.statistics.workshopFigures('w1', 10)).toEqual({
      joined: 0,
      submitted: 0,
      areas: [],
      levelCounts: [],
      overall: { count: 0, mean: null },
      recommendationCounts: [],
      participants: [],
    });
  });

  test("when a submitted participant is erased, then the workshop's totals are those of the others", async () => {
    await store.workshops.insert(buildWorkshop('w1', 'anne'));
    for (const [id, score] of [
      ['r1', 90],
      ['r2', 30],
      ['r3', 60],
    ] as const) {
      await store.responses.insert(buildDraftResponse(id, { workshopId: 'w1' }));
      await store.responses.markSubmitted(
        id,
        buildProfile([score, 'x'], { comm: [score, 'x'] }),
        CREATED,
        { recommendationIds: [], peerGroup: null, workshopId: 'w1' },
      );
    }

    await store.responses.delete('r1');

    const figures = await store.statistics.workshopFigures('w1', 10);
    // Without 90: mean (30 + 60) / 2 = 45, min 30, max 60 (not 90 any more).
    expect(figures.areas).toEqual([
      { areaId: 'comm', count: 2, mean: 45, min: 30, max: 60, stdDev: 15 },
    ]);
    expect(figures.levelCounts).toEqual([{ areaId: 'comm', level: 'x', count: 2 }]);
  });

  test('when a workshop is exported, then every response of it comes, oldest first, with its answers', async () => {
    await store.workshops.insert(buildWorkshop('w1', 'anne'));
    await store.responses.insert(
      buildDraftResponse('late', {
        workshopId: 'w1',
        createdAt: '2026-03-12T10:05:00.000Z',
        answers: { site: 'no' },
      }),
    );
    await store.responses.insert(
      buildDraftResponse('early', {
        workshopId: 'w1',
        createdAt: '2026-03-12T10:00:00.000Z',
        answers: { channels: ['social'] },
      }),
    );
    await store.responses.insert(buildDraftResponse('alone'));

    const responses = await store.statistics.workshopResponses('w1');

    expect(responses.map((r) => [r.id, r.answers])).toEqual([
      ['early', { channels: ['social'] }],
      ['late', { site: 'no' }],
    ]);
  });
});
