import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { Store } from '../../../src/usecases/ports.js';
import {
  buildDraftResponse,
  buildFacilitator,
  buildProfile,
  CREATED,
  openTestStore,
  type TestStore,
} from '../../support/test-store.js';

const NO_EXTRA = { recommendationIds: [], peerGroup: null };

describe('the share repository', () => {
  let testStore: TestStore;
  let store: Store;
  beforeEach(async () => {
    testStore = await openTestStore();
    ({ store } = testStore);
    await store.facilitators.insert(buildFacilitator('anne'));
    await store.facilitators.insert(buildFacilitator('bob'));
    // Chain c1: a submitted diagnosis, then a draft taken again from it (a chain holds one
    // draft at most); chain c2: one submitted.
    for (const [id, chainId] of [
      ['c1-first', 'c1'],
      ['c2-first', 'c2'],
    ] as const) {
      await store.responses.insert(buildDraftResponse(id, { chainId }));
      await store.responses.markSubmitted(
        id,
        buildProfile([50, 'x'], { comm: [50, 'x'] }),
        CREATED,
        NO_EXTRA,
      );
    }
    await store.responses.insert(
      buildDraftResponse('c1-again', { chainId: 'c1', previousResponseId: 'c1-first' }),
    );
  });
  afterEach(() => testStore.close());

  test('when a consent is saved twice, then it keeps its first date', async () => {
    await store.shares.save({
      chainId: 'c1',
      facilitatorId: 'anne',
      consentedAt: '2026-03-02T10:00:00.000Z',
    });
    await store.shares.save({
      chainId: 'c1',
      facilitatorId: 'anne',
      consentedAt: '2026-03-05T10:00:00.000Z',
    });

    expect(await store.shares.find('c1', 'anne')).toEqual({
      chainId: 'c1',
      facilitatorId: 'anne',
      consentedAt: '2026-03-02T10:00:00.000Z',
    });
    expect(await store.shares.find('c1', 'bob')).toBeUndefined();
  });

  test('when chains are shared with centres, then each list is oldest first and holds only its own', async () => {
    await store.shares.save({ chainId: 'c1', facilitatorId: 'bob', consentedAt: '2026-03-03' });
    await store.shares.save({ chainId: 'c1', facilitatorId: 'anne', consentedAt: '2026-03-02' });
    await store.shares.save({ chainId: 'c2', facilitatorId: 'anne', consentedAt: '2026-03-04' });

    expect((await store.shares.listByChain('c1')).map((s) => s.facilitatorId)).toEqual([
      'anne',
      'bob',
    ]);
    expect((await store.shares.listByFacilitator('anne')).map((s) => s.chainId)).toEqual([
      'c1',
      'c2',
    ]);
  });

  test("when a centre reads what was shared with it, then it gets the chains' submitted diagnoses, no draft", async () => {
    await store.shares.save({ chainId: 'c1', facilitatorId: 'anne', consentedAt: CREATED });
    await store.shares.save({ chainId: 'c2', facilitatorId: 'bob', consentedAt: CREATED });

    const shared = await store.shares.submittedResponses('anne');

    expect(shared.map((response) => response.id)).toEqual(['c1-first']);
    expect(shared[0]?.profile?.overall.score).toBe(50);
  });

  test('when consents are withdrawn, then delete says whether there was one, and deleteChain removes every one of the chain', async () => {
    await store.shares.save({ chainId: 'c1', facilitatorId: 'anne', consentedAt: CREATED });
    await store.shares.save({ chainId: 'c1', facilitatorId: 'bob', consentedAt: CREATED });
    await store.shares.save({ chainId: 'c2', facilitatorId: 'anne', consentedAt: CREATED });

    expect(await store.shares.delete('c1', 'anne')).toBe(true);
    expect(await store.shares.delete('c1', 'anne')).toBe(false);
    await store.shares.deleteChain('c1');

    expect(await store.shares.listByChain('c1')).toEqual([]);
    expect((await store.shares.listByFacilitator('anne')).map((s) => s.chainId)).toEqual(['c2']);
  });
});
