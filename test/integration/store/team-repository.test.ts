import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { Team, TeamMember } from '../../../src/domain/index.js';
import type { Store } from '../../../src/usecases/ports.js';
import {
  buildDraftResponse,
  CREATED,
  openTestStore,
  type TestStore,
} from '../../support/test-store.js';

const TEAM: Team = {
  id: 't1',
  ownerResponseId: 'owner',
  inviteTokenHash: 'invite-1',
  createdAt: CREATED,
};

function member(responseId: string, joinedAt: string): TeamMember {
  return { responseId, teamId: 't1', displayName: null, shareAnswers: false, joinedAt };
}

describe('the team repository', () => {
  let testStore: TestStore;
  let store: Store;
  beforeEach(async () => {
    testStore = await openTestStore();
    ({ store } = testStore);
    for (const id of ['owner', 'm2', 'm3', 'alone'])
      await store.responses.insert(buildDraftResponse(id));
    await store.teams.insert(TEAM, member('owner', '2026-03-01T10:00:00.000Z'));
  });
  afterEach(() => testStore.close());

  test('when a team is created, then its invite finds it and its owner is its first member', async () => {
    expect(await store.teams.findByInviteHash('invite-1')).toEqual(TEAM);
    expect(await store.teams.findByInviteHash('invite-x')).toBeUndefined();
    expect(await store.teams.findMembership('owner')).toEqual({
      team: TEAM,
      member: member('owner', '2026-03-01T10:00:00.000Z'),
    });
    expect(await store.teams.findMembership('alone')).toBeUndefined();
  });

  test('when members join, change and leave, then members lists them in the order they joined and counts them', async () => {
    await store.teams.addMember(member('m3', '2026-03-01T12:00:00.000Z'));
    await store.teams.addMember(member('m2', '2026-03-01T11:00:00.000Z'));
    await store.teams.updateMember('m2', { displayName: 'Léa', shareAnswers: true });

    expect((await store.teams.members('t1')).map((m) => m.responseId)).toEqual([
      'owner',
      'm2',
      'm3',
    ]);
    expect((await store.teams.findMembership('m2'))?.member).toMatchObject({
      displayName: 'Léa',
      shareAnswers: true,
    });
    await store.teams.updateMember('m2', { displayName: null });
    expect((await store.teams.findMembership('m2'))?.member).toMatchObject({
      displayName: null,
      shareAnswers: true,
    });

    await store.teams.removeMember('m3');
    expect(await store.teams.countMembers('t1')).toBe(2);
  });

  test('when a response already belongs to the team, then adding it again fails', async () => {
    await store.teams.addMember(member('m2', '2026-03-01T11:00:00.000Z'));

    await expect(store.teams.addMember(member('m2', '2026-03-01T12:00:00.000Z'))).rejects.toThrow();
    expect(await store.teams.countMembers('t1')).toBe(2);
  });

  test('when the invite is renewed, then only the new code finds the team', async () => {
    await store.teams.renewInvite('t1', 'invite-2');

    expect(await store.teams.findByInviteHash('invite-1')).toBeUndefined();
    expect((await store.teams.findByInviteHash('invite-2'))?.id).toBe('t1');
  });

  test('when agreements are saved, then one per area is kept, the last one written', async () => {
    await store.teams.saveAgreement('t1', {
      areaId: 'comm',
      level: 'beginner',
      note: 'à revoir',
      updatedAt: '2026-03-02T10:00:00.000Z',
    });
    await store.teams.saveAgreement('t1', {
      areaId: 'data',
      level: 'advanced',
      note: '',
      updatedAt: '2026-03-02T10:01:00.000Z',
    });
    await store.teams.saveAgreement('t1', {
      areaId: 'comm',
      level: 'expert',
      note: 'finalement',
      updatedAt: '2026-03-02T10:02:00.000Z',
    });

    const agreements = await store.teams.agreements('t1');
    expect([...agreements].sort((a, b) => a.areaId.localeCompare(b.areaId))).toEqual([
      {
        areaId: 'comm',
        level: 'expert',
        note: 'finalement',
        updatedAt: '2026-03-02T10:02:00.000Z',
      },
      { areaId: 'data', level: 'advanced', note: '', updatedAt: '2026-03-02T10:01:00.000Z' },
    ]);
  });

  test('when the team is dissolved, then its members are ordinary responses again', async () => {
    await store.teams.addMember(member('m2', '2026-03-01T11:00:00.000Z'));

    await store.teams.delete('t1');

    expect(await store.teams.findMembership('owner')).toBeUndefined();
    expect(await store.teams.findMembership('m2')).toBeUndefined();
    expect(await store.responses.findById('m2')).toBeDefined();
    expect(await store.teams.findByInviteHash('invite-1')).toBeUndefined();
  });
});
