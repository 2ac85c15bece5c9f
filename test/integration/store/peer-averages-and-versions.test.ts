import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { Store } from '../../../src/usecases/ports.js';
import {
  buildDraftResponse,
  buildProfile,
  CREATED,
  openTestStore,
  type TestStore,
} from '../../support/test-store.js';

describe('the peer averages and the published versions', () => {
  let testStore: TestStore;
  let store: Store;
  beforeEach(async () => {
    testStore = await openTestStore();
    ({ store } = testStore);
  });
  afterEach(() => testStore.close());

  async function submitted(id: string, peerGroup: string, comm: number, data: number | null) {
    await store.responses.insert(buildDraftResponse(id));
    await store.responses.markSubmitted(
      id,
      buildProfile([comm, 'x'], { comm: [comm, 'x'], data: [data, data === null ? null : 'x'] }),
      CREATED,
      { recommendationIds: [], peerGroup },
    );
  }

  test('when responses of two peer groups are submitted, then each group averages only its own scores, nulls left out', async () => {
    await submitted('r1', 'small', 80, 50);
    await submitted('r2', 'small', 40, null);
    await submitted('r3', 'small', 60, 20);
    await submitted('r4', 'large', 10, 10);
    await store.responses.insert(buildDraftResponse('draft'));

    // small: comm (80 + 40 + 60) / 3 = 60; data (50 + 20) / 2 = 35; three members.
    expect(await store.statistics.peerAverages('mini', 'small')).toEqual({
      groupSize: 3,
      scores: { comm: 60, data: 35 },
    });
    expect(await store.statistics.peerAverages('mini', 'large')).toEqual({
      groupSize: 1,
      scores: { comm: 10, data: 10 },
    });
    expect(await store.statistics.peerAverages('mini', 'none')).toEqual({
      groupSize: 0,
      scores: {},
    });
  });

  test("when a submitted member is erased, then its part is taken out of its group's averages", async () => {
    await submitted('r1', 'small', 80, 50);
    await submitted('r2', 'small', 40, 30);

    await store.responses.delete('r1');

    expect(await store.statistics.peerAverages('mini', 'small')).toEqual({
      groupSize: 1,
      scores: { comm: 40, data: 30 },
    });
  });

  test('when a version is recorded again with another hash, then the first record stands', async () => {
    await store.publishedVersions.record(
      { questionnaireId: 'mini', version: '1.0.0', contentHash: 'changed' },
      '2026-04-01T10:00:00.000Z',
    );
    await store.publishedVersions.record(
      { questionnaireId: 'mini', version: '1.1.0', contentHash: 'def' },
      '2026-04-01T10:00:00.000Z',
    );

    const versions = await store.publishedVersions.list();
    expect([...versions].sort((a, b) => a.version.localeCompare(b.version))).toEqual([
      { questionnaireId: 'mini', version: '1.0.0', contentHash: 'abc' },
      { questionnaireId: 'mini', version: '1.1.0', contentHash: 'def' },
    ]);
  });
});
