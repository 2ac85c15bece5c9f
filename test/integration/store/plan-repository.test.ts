import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { PlanAction, PlanActionStatus } from '../../../src/domain/index.js';
import {
  buildDraftResponse,
  CREATED,
  openTestStore,
  type TestStore,
} from '../../support/test-store.js';

function action(id: string, status: PlanActionStatus, position: number): PlanAction {
  return {
    id,
    areaId: null,
    recommendationId: null,
    title: `Action ${id}`,
    owner: null,
    dueDate: null,
    cost: null,
    status,
    position,
    createdAt: CREATED,
    updatedAt: CREATED,
    doneAt: status === 'done' ? CREATED : null,
  };
}

describe('the plan repository', () => {
  let testStore: TestStore;
  beforeEach(async () => {
    testStore = await openTestStore();
    for (const id of ['r1', 'r2', 'r3'])
      await testStore.store.responses.insert(buildDraftResponse(id));
  });
  afterEach(async () => {
    await testStore.close();
  });

  test('when plans hold actions, then statusCounts answers each asked response in one map, leaving out those without actions', async () => {
    const { plans } = testStore.store;
    await plans.insertAction('r1', action('a', 'planned', 0));
    await plans.insertAction('r1', action('b', 'planned', 1));
    await plans.insertAction('r1', action('c', 'in_progress', 2));
    await plans.insertAction('r1', action('d', 'done', 3));
    await plans.insertAction('r2', action('e', 'done', 0));
    await plans.insertAction('r3', action('f', 'planned', 0));

    const counts = await plans.statusCounts(['r1', 'r2', 'unknown']);

    expect(counts).toEqual(
      new Map([
        ['r1', { planned: 2, inProgress: 1, done: 1, total: 4 }],
        ['r2', { planned: 0, inProgress: 0, done: 1, total: 1 }],
      ]),
    );
    expect(await plans.statusCounts([])).toEqual(new Map());
  });

  test("when actions are listed, changed or deleted, then only the response's own are reached, by position", async () => {
    const { plans } = testStore.store;
    await plans.insertAction('r1', action('b', 'planned', 1));
    await plans.insertAction('r1', action('a', 'planned', 0));
    await plans.insertAction('r2', action('z', 'planned', 0));

    expect((await plans.listActions('r1')).map((item) => item.id)).toEqual(['a', 'b']);
    expect(await plans.findAction('r1', 'z')).toBeUndefined();
    await plans.updateAction('r1', { ...action('z', 'done', 0), title: 'Volée' });
    expect((await plans.findAction('r2', 'z'))?.title).toBe('Action z');
    expect(await plans.deleteAction('r1', 'z')).toBe(false);
    expect(await plans.deleteAction('r1', 'a')).toBe(true);
    expect((await plans.listActions('r1')).map((item) => item.id)).toEqual(['b']);
  });

  test('when a response is erased, then its priorities and actions go with it (foreign keys on)', async () => {
    const { plans, responses } = testStore.store;
    await plans.setPriorities('r1', ['comm', 'data']);
    await plans.insertAction('r1', action('a', 'planned', 0));
    await plans.setPriorities('r2', ['data']);

    expect(await responses.delete('r1')).toBe(true);

    expect(await plans.priorities('r1')).toEqual([]);
    expect(await plans.listActions('r1')).toEqual([]);
    expect(await plans.priorities('r2')).toEqual(['data']);
  });
});
