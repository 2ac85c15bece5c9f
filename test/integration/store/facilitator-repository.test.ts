import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { Store } from '../../../src/usecases/ports.js';
import {
  buildFacilitator,
  CREATED,
  openTestStore,
  type TestStore,
} from '../../support/test-store.js';

describe('the facilitator and session repositories', () => {
  let testStore: TestStore;
  let store: Store;
  beforeEach(async () => {
    testStore = await openTestStore();
    ({ store } = testStore);
  });
  afterEach(() => testStore.close());

  test('when a facilitator is inserted, then it is found by id and by e-mail, nulls kept; an unknown one is not', async () => {
    const anne = buildFacilitator('anne', { email: 'anne@crib.fr' });
    await store.facilitators.insert(anne);

    expect(await store.facilitators.findById('anne')).toEqual(anne);
    expect(await store.facilitators.findByEmail('anne@crib.fr')).toEqual(anne);
    expect(await store.facilitators.findByEmail('bob@crib.fr')).toBeUndefined();
    expect(await store.facilitators.findById('bob')).toBeUndefined();
  });

  test('when a second facilitator has a taken e-mail, then the insert fails and the first is unchanged', async () => {
    await store.facilitators.insert(buildFacilitator('anne', { email: 'anne@crib.fr' }));

    await expect(
      store.facilitators.insert(buildFacilitator('other', { email: 'anne@crib.fr' })),
    ).rejects.toThrow();
    expect((await store.facilitators.findByEmail('anne@crib.fr'))?.id).toBe('anne');
  });

  test('when share codes are set, then the new one finds the facilitator, the old one nothing, and onlyIfNone keeps the first', async () => {
    await store.facilitators.insert(buildFacilitator('anne'));

    await store.facilitators.setShareCode('anne', 'CODE-1', { onlyIfNone: true });
    await store.facilitators.setShareCode('anne', 'CODE-2', { onlyIfNone: true });
    expect((await store.facilitators.findById('anne'))?.shareCode).toBe('CODE-1');

    await store.facilitators.setShareCode('anne', 'CODE-3');
    expect((await store.facilitators.findByShareCode('CODE-3'))?.id).toBe('anne');
    expect(await store.facilitators.findByShareCode('CODE-1')).toBeUndefined();
  });

  test('when the display name is set then cleared, then each read sees it', async () => {
    await store.facilitators.insert(buildFacilitator('anne'));

    await store.facilitators.setDisplayName('anne', 'CRIB de la Gironde');
    expect((await store.facilitators.findById('anne'))?.displayName).toBe('CRIB de la Gironde');
    await store.facilitators.setDisplayName('anne', null);
    expect((await store.facilitators.findById('anne'))?.displayName).toBeNull();
  });

  test('when sessions are inserted, then each is found by its hash until deleted, and deleteExpired erases only the expired ones', async () => {
    await store.facilitators.insert(buildFacilitator('anne'));
    const session = (idHash: string, expiresAt: string) => ({
      idHash,
      facilitatorId: 'anne',
      csrfToken: `csrf-${idHash}`,
      createdAt: CREATED,
      expiresAt,
    });
    await store.sessions.insert(session('s1', '2026-03-01T11:00:00.000Z'));
    await store.sessions.insert(session('s2', '2026-03-01T13:00:00.000Z'));
    await store.sessions.insert(session('s3', '2026-03-02T10:00:00.000Z'));

    expect(await store.sessions.find('s2')).toEqual(session('s2', '2026-03-01T13:00:00.000Z'));
    expect(await store.sessions.deleteExpired('2026-03-01T12:00:00.000Z')).toBe(1);
    expect(await store.sessions.find('s1')).toBeUndefined();
    await store.sessions.delete('s2');
    expect(await store.sessions.find('s2')).toBeUndefined();
    expect(await store.sessions.find('s3')).toBeDefined();
    expect(await store.sessions.find('unknown')).toBeUndefined();
  });
});
