import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { Answers } from '../../../src/domain/index.js';
import type { Store } from '../../../src/usecases/ports.js';
import {
  buildDraftResponse,
  buildFacilitator,
  buildProfile,
  buildWorkshop,
  openTestStore,
  type TestStore,
} from '../../support/test-store.js';

describe('the workshop statistics: the shared answers a discussion agenda reads', () => {
  let testStore: TestStore;
  let store: Store;
  beforeEach(async () => {
    testStore = await openTestStore();
    ({ store } = testStore);
    await store.facilitators.insert(buildFacilitator('anne'));
    await store.workshops.insert(buildWorkshop('w1', 'anne'));
    await store.workshops.insert(buildWorkshop('w2', 'anne'));
  });
  afterEach(() => testStore.close());

  async function participant(
    id: string,
    {
      workshopId = 'w1',
      shareAnswers = true,
      submittedAt = null as string | null,
      answers = {} as Answers,
    },
  ): Promise<void> {
    await store.responses.insert(buildDraftResponse(id, { workshopId, shareAnswers, answers }));
    if (submittedAt === null) return;
    await store.responses.markSubmitted(
      id,
      buildProfile([50, 'x'], { comm: [50, 'x'] }),
      submittedAt,
      {
        recommendationIds: [],
        peerGroup: null,
        workshopId,
      },
    );
  }

  test('when some share and some do not, then only the submitted shared answers of the workshop come, the latest first, at most the limit', async () => {
    await participant('first', {
      submittedAt: '2026-03-12T11:01:00.000Z',
      answers: { site: 'no' },
    });
    await participant('latest', {
      submittedAt: '2026-03-12T11:03:00.000Z',
      answers: { site: 'yes' },
    });
    await participant('middle', { submittedAt: '2026-03-12T11:02:00.000Z', answers: { gdpr: 2 } });
    await participant('private', {
      shareAnswers: false,
      submittedAt: '2026-03-12T11:04:00.000Z',
      answers: { site: 'dk' },
    });
    await participant('draft', { answers: { site: 'yes' } });
    await participant('elsewhere', {
      workshopId: 'w2',
      submittedAt: '2026-03-12T11:05:00.000Z',
      answers: { site: 'no' },
    });

    expect(await store.statistics.workshopSharedAnswers('w1', 10)).toEqual([
      { version: '1.0.0', answers: { site: 'yes' }, shareAnswers: true },
      { version: '1.0.0', answers: { gdpr: 2 }, shareAnswers: true },
      { version: '1.0.0', answers: { site: 'no' }, shareAnswers: true },
    ]);
    expect((await store.statistics.workshopSharedAnswers('w1', 2)).map((r) => r.answers)).toEqual([
      { site: 'yes' },
      { gdpr: 2 },
    ]);
  });

  test('when no one has shared, then there is nothing to read', async () => {
    await participant('private', { shareAnswers: false, submittedAt: '2026-03-12T11:04:00.000Z' });

    expect(await store.statistics.workshopSharedAnswers('w1', 10)).toEqual([]);
  });
});
