import { describe, expect, test } from 'vitest';
import { expectProblem } from '../../support/expect-problem.js';
import { planApi } from '../../support/plan-api.js';
import { respondentApi } from '../../support/respondent-api.js';
import { usePlanApp } from '../../support/use-plan-app.js';

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
  const env = usePlanApp();

  test("when the token is wrong, another response's or missing, then every route answers 404 response_not_found and nothing changes", async () => {
    const mine = await env.plan.submitted();
    const other = await env.plan.submitted();
    const action = await env.plan.added(mine.id, mine.token, { title: 'Notre action' });

    for (const token of [other.token, 'guess', undefined]) {
      for (const [name, call] of Object.entries(everyRoute(env.plan, mine.id, action.id))) {
        const response = await call(token);
        expect(response.statusCode, `${name} with ${token ?? 'no token'}`).toBe(404);
        expectProblem(response, 404, 'response_not_found');
      }
    }
    const after = await env.plan.plan(mine.id, mine.token);
    expect(after.actions).toEqual([action]);
    expect(after.priorities).toEqual([]);
  });

  test('when the response id is unknown, then every route answers 404 response_not_found', async () => {
    const mine = await env.plan.submitted();
    const unknown = '00000000-0000-4000-8000-000000000000';
    for (const call of Object.values(everyRoute(env.plan, unknown, 'whatever'))) {
      expectProblem(await call(mine.token), 404, 'response_not_found');
    }
  });

  test("when an action id is another response's or unknown, then change and delete answer 404 plan_action_not_found and the other's action is untouched", async () => {
    const mine = await env.plan.submitted();
    const other = await env.plan.submitted();
    const theirs = await env.plan.added(other.id, other.token, { title: 'Leur action' });

    for (const actionId of [theirs.id, 'unknown-id']) {
      expectProblem(
        await env.plan.change(mine.id, mine.token, actionId, { title: 'Volée' }),
        404,
        'plan_action_not_found',
      );
      expectProblem(
        await env.plan.remove(mine.id, mine.token, actionId),
        404,
        'plan_action_not_found',
      );
    }
    expect((await env.plan.plan(other.id, other.token)).actions).toEqual([theirs]);
    expect((await env.plan.plan(mine.id, mine.token)).actions).toEqual([]);
  });

  test('when the response is still a draft, then every route answers 409 response_not_submitted', async () => {
    const draft = await respondentApi(env.testApp.app).started({ questionnaireId: 'mini' });
    for (const call of Object.values(everyRoute(env.plan, draft.id, 'whatever'))) {
      expectProblem(await call(draft.token), 409, 'response_not_submitted');
    }
    expect(await env.testApp.database.countRows('plan_actions')).toBe(0);
    expect(await env.testApp.database.countRows('plan_priorities')).toBe(0);
  });

  test('when the response is deleted, then its priorities and actions are deleted with it', async () => {
    const mine = await env.plan.submitted();
    const kept = await env.plan.submitted();
    expect((await env.plan.setPriorities(mine.id, mine.token, ['comm', 'data'])).statusCode).toBe(
      200,
    );
    await env.plan.added(mine.id, mine.token, { recommendationId: 'create-site' });
    await env.plan.added(mine.id, mine.token, { title: 'Notre action' });
    await env.plan.added(kept.id, kept.token, { title: 'Gardée' });
    expect(await env.testApp.database.countRows('plan_actions')).toBe(3);

    expect((await respondentApi(env.testApp.app).remove(mine.id, mine.token)).statusCode).toBe(204);

    expect(await env.testApp.database.countRows('plan_priorities')).toBe(0);
    expect(await env.testApp.database.countRows('plan_actions')).toBe(1);
    expect((await env.plan.plan(kept.id, kept.token)).actions.map((a) => a.title)).toEqual([
      'Gardée',
    ]);
  });
});
