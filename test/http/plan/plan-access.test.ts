import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { expectProblem } from '../../support/expect-problem.js';
import { planApi } from '../../support/plan-api.js';
import { respondentApi } from '../../support/respondent-api.js';
import { startTestApp, type TestApp } from '../../support/test-app.js';

/** Every route of the plan, so that each access rule is checked on all of them. */
function everyRoute(plan: ReturnType<typeof planApi>, id: string, actionId: string) {
  return {
    'GET plan': (token?: string) => plan.get(id, token),
    'PUT priorities': (token?: string) => plan.setPriorities(id, token, ['comm']),
    'POST action': (token?: string) => plan.add(id, token, { title: 'Faire le point' }),
    'PATCH action': (token?: string) => plan.change(id, token, actionId, { status: 'done' }),
    'DELETE action': (token?: string) => plan.remove(id, token, actionId),
    'GET plan.ics': (token?: string) => plan.calendar(id, token),
  };
}

describe('who may reach an owned plan', () => {
  let testApp: TestApp;
  let plan: ReturnType<typeof planApi>;
  beforeEach(async () => {
    testApp = await startTestApp();
    plan = planApi(testApp.app);
  });
  afterEach(async () => {
    await testApp.close();
  });

  test("when the token is wrong, another response's or missing, then every route answers 404 response_not_found and nothing changes", async () => {
    const mine = await plan.submitted();
    const other = await plan.submitted();
    const action = await plan.added(mine.id, mine.token, { title: 'Notre action' });

    for (const token of [other.token, 'guess', undefined]) {
      for (const [name, call] of Object.entries(everyRoute(plan, mine.id, action.id))) {
        const response = await call(token);
        expect(response.statusCode, `${name} with ${token ?? 'no token'}`).toBe(404);
        expectProblem(response, 404, 'response_not_found');
      }
    }
    const after = await plan.plan(mine.id, mine.token);
    expect(after.actions).toEqual([action]);
    expect(after.priorities).toEqual([]);
  });

  test('when the response id is unknown, then every route answers 404 response_not_found', async () => {
    const mine = await plan.submitted();
    const unknown = '00000000-0000-4000-8000-000000000000';
    for (const call of Object.values(everyRoute(plan, unknown, 'whatever'))) {
      expectProblem(await call(mine.token), 404, 'response_not_found');
    }
  });

  test("when an action id is another response's or unknown, then change and delete answer 404 plan_action_not_found and the other's action is untouched", async () => {
    const mine = await plan.submitted();
    const other = await plan.submitted();
    const theirs = await plan.added(other.id, other.token, { title: 'Leur action' });

    for (const actionId of [theirs.id, 'unknown-id']) {
      expectProblem(
        await plan.change(mine.id, mine.token, actionId, { title: 'Volée' }),
        404,
        'plan_action_not_found',
      );
      expectProblem(await plan.remove(mine.id, mine.token, actionId), 404, 'plan_action_not_found');
    }
    expect((await plan.plan(other.id, other.token)).actions).toEqual([theirs]);
    expect((await plan.plan(mine.id, mine.token)).actions).toEqual([]);
  });

  test('when the response is still a draft, then every route answers 409 response_not_submitted', async () => {
    const draft = await respondentApi(testApp.app).started({ questionnaireId: 'mini' });
    for (const call of Object.values(everyRoute(plan, draft.id, 'whatever'))) {
      expectProblem(await call(draft.token), 409, 'response_not_submitted');
    }
    expect(await testApp.database.countRows('plan_actions')).toBe(0);
    expect(await testApp.database.countRows('plan_priorities')).toBe(0);
  });

  test('when the response is deleted, then its priorities and actions are deleted with it', async () => {
    const mine = await plan.submitted();
    const kept = await plan.submitted();
    expect((await plan.setPriorities(mine.id, mine.token, ['comm', 'data'])).statusCode).toBe(200);
    await plan.added(mine.id, mine.token, { recommendationId: 'create-site' });
    await plan.added(mine.id, mine.token, { title: 'Notre action' });
    await plan.added(kept.id, kept.token, { title: 'Gardée' });
    expect(await testApp.database.countRows('plan_actions')).toBe(3);

    expect((await respondentApi(testApp.app).remove(mine.id, mine.token)).statusCode).toBe(204);

    expect(await testApp.database.countRows('plan_priorities')).toBe(0);
    expect(await testApp.database.countRows('plan_actions')).toBe(1);
    expect((await plan.plan(kept.id, kept.token)).actions.map((a) => a.title)).toEqual(['Gardée']);
  });
});
