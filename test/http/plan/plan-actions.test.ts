import { describe, expect, test } from 'vitest';
import { PLAN_LIMITS } from '../../../src/domain/index.js';
import { expectProblem } from '../../support/expect-problem.js';
import { usePlanApp } from '../../support/use-plan-app.js';

describe('an association owns its plan', () => {
  const env = usePlanApp();

  test('when a submitted response opens its plan, then it is empty and offers its recommended actions as proposals', async () => {
    const { id, token } = await env.plan.submitted();

    const view = await env.plan.plan(id, token);

    expect(view).toMatchObject({ responseId: id, priorities: [], actions: [] });
    expect(view.proposals.map((item) => [item.id, item.areaId, item.title])).toEqual(
      expect.arrayContaining([
        ['create-site', 'comm', 'Créer un site simple'],
        ['start-newsletter', 'comm', "Lancer une lettre d'information"],
        ['gdpr-register', 'data', 'Tenir un registre des traitements'],
      ]),
    );
  });

  test("when the plan is asked in English, then its proposals are in English; an unknown language falls back to the response's own", async () => {
    const { id, token } = await env.plan.submitted();
    const inLang = async (lang: string) => {
      const response = await env.testApp.app.inject({
        method: 'GET',
        url: `/api/responses/${id}/plan?lang=${lang}`,
        headers: { authorization: `Bearer ${token}` },
      });
      expect(response.statusCode).toBe(200);
      return response.json<{ proposals: Array<{ id: string; title: string }> }>().proposals;
    };

    const english = await inLang('en');
    expect(english.find((item) => item.id === 'create-site')?.title).toBe(
      'Create a simple website',
    );
    expect((await inLang('de')).map((item) => item.title)).toEqual(
      (await env.plan.plan(id, token)).proposals.map((item) => item.title),
    );
    const malformed = await env.testApp.app.inject({
      method: 'GET',
      url: `/api/responses/${id}/plan?lang=12`,
      headers: { authorization: `Bearer ${token}` },
    });
    expectProblem(malformed, 400, 'validation_failed');
  });

  test('when no priority is chosen, then the plan suggests the weakest area, never both of the two', async () => {
    const { id, token } = await env.plan.submitted();
    const scores = (
      await env.testApp.app.inject({
        method: 'GET',
        url: `/api/responses/${id}`,
        headers: { authorization: `Bearer ${token}` },
      })
    ).json<{ profile: { areas: Array<{ id: string; score: number }> } }>().profile.areas;
    const weakest = [...scores].sort((a, b) => a.score - b.score)[0]!;
    expect(scores[0]!.score).not.toBe(scores[1]!.score);

    // Two scored areas: suggesting both would be no priority at all.
    expect((await env.plan.plan(id, token)).suggestedPriorities).toEqual([weakest.id]);
  });

  test('when priorities are chosen, then they are kept in order and replaced by the next choice', async () => {
    const { id, token } = await env.plan.submitted();

    const first = await env.plan.setPriorities(id, token, ['data', 'comm']);
    expect(first.statusCode).toBe(200);
    expect(first.json()).toEqual({ priorities: ['data', 'comm'] });
    expect((await env.plan.plan(id, token)).priorities).toEqual(['data', 'comm']);

    expect((await env.plan.setPriorities(id, token, ['comm'])).statusCode).toBe(200);
    expect((await env.plan.plan(id, token)).priorities).toEqual(['comm']);
  });

  test('when priorities are none, four, unknown or repeated, then 400 names the field and the earlier choice stays', async () => {
    const { id, token } = await env.plan.submitted();
    await env.plan.setPriorities(id, token, ['comm']);

    expectProblem(await env.plan.setPriorities(id, token, []), 400, 'validation_failed', [
      '/areaIds',
    ]);
    expectProblem(
      await env.plan.setPriorities(id, token, ['comm', 'data', 'a', 'b']),
      400,
      'validation_failed',
      ['/areaIds'],
    );
    expectProblem(await env.plan.setPriorities(id, token, ['comm', 'nope']), 400, 'invalid_plan', [
      '/areaIds/1',
    ]);
    expectProblem(await env.plan.setPriorities(id, token, ['data', 'data']), 400, 'invalid_plan', [
      '/areaIds/1',
    ]);
    expect((await env.plan.plan(id, token)).priorities).toEqual(['comm']);
  });

  test('when a proposal is added, then its localized title and area are copied, once', async () => {
    const { id, token } = await env.plan.submitted({ locale: 'en' });

    const action = await env.plan.added(id, token, {
      recommendationId: 'gdpr-register',
      owner: 'Sam',
    });

    expect(action).toMatchObject({
      recommendationId: 'gdpr-register',
      areaId: 'data',
      title: 'Keep a record of processing',
      owner: 'Sam',
      dueDate: null,
      cost: null,
      status: 'planned',
      position: 0,
      doneAt: null,
    });
    expectProblem(
      await env.plan.add(id, token, { recommendationId: 'gdpr-register' }),
      409,
      'plan_action_exists',
    );
    expectProblem(
      await env.plan.add(id, token, { recommendationId: 'payroll-access' }),
      400,
      'invalid_plan',
      ['/recommendationId'],
    );
    expect((await env.plan.plan(id, token)).actions).toEqual([action]);
  });

  test('when our own action is added, changed and deleted, then the plan says so each time', async () => {
    const { id, token } = await env.plan.submitted();
    const first = await env.plan.added(id, token, { recommendationId: 'create-site' });
    const own = await env.plan.added(id, token, {
      title: '  Former Léa à la lettre  ',
      areaId: 'comm',
      owner: 'Léa',
      dueDate: '2027-03-31',
      cost: 'free',
    });
    expect(own).toMatchObject({ title: 'Former Léa à la lettre', position: 1, status: 'planned' });

    const changed = await env.plan.change(id, token, own.id, {
      status: 'done',
      owner: null,
      cost: 'paid',
      dueDate: null,
    });
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toMatchObject({
      id: own.id,
      title: 'Former Léa à la lettre',
      owner: null,
      cost: 'paid',
      dueDate: null,
      status: 'done',
    });
    expect(changed.json<{ doneAt: string }>().doneAt).toEqual(expect.any(String));

    const removed = await env.plan.remove(id, token, first.id);
    expect(removed.statusCode).toBe(204);
    expect(removed.body).toBe('');
    const after = await env.plan.plan(id, token);
    expect(after.actions.map((action) => [action.id, action.status])).toEqual([[own.id, 'done']]);
    // Once deleted, the proposal can be picked again.
    expect((await env.plan.add(id, token, { recommendationId: 'create-site' })).statusCode).toBe(
      201,
    );
  });

  test('when an action is not valid, then 400 names each faulty field and nothing is written', async () => {
    const { id, token } = await env.plan.submitted();
    const cases: Array<[Record<string, unknown>, string, string[]]> = [
      [{}, 'invalid_plan', ['/title']],
      [{ title: '   ' }, 'validation_failed', ['/title']],
      [{ title: 'x'.repeat(PLAN_LIMITS.titleLength + 1) }, 'validation_failed', ['/title']],
      [
        { title: 'ok', owner: 'x'.repeat(PLAN_LIMITS.ownerLength + 1) },
        'validation_failed',
        ['/owner'],
      ],
      [{ title: 'ok', dueDate: '2027-02-30' }, 'validation_failed', ['/dueDate']],
      [{ title: 'ok', dueDate: '31/03/2027' }, 'validation_failed', ['/dueDate']],
      [{ title: 'ok', cost: 'cheap' }, 'validation_failed', ['/cost']],
      [{ title: 'ok', status: 'started' }, 'validation_failed', ['/status']],
      [{ title: 'ok', areaId: 'nope' }, 'invalid_plan', ['/areaId']],
      [{ title: 'ok', extra: 1 }, 'validation_failed', ['/extra']],
      [{ recommendationId: 'create-site', title: 'both' }, 'invalid_plan', ['/title']],
      [{ recommendationId: 'create-site', areaId: 'data' }, 'invalid_plan', ['/areaId']],
    ];
    for (const [payload, code, pointers] of cases) {
      expectProblem(await env.plan.add(id, token, payload), 400, code, pointers);
    }
    const action = await env.plan.added(id, token, { title: 'ok' });
    expectProblem(
      await env.plan.change(id, token, action.id, { areaId: 'nope' }),
      400,
      'invalid_plan',
      ['/areaId'],
    );
    expectProblem(
      await env.plan.change(id, token, action.id, { title: '' }),
      400,
      'validation_failed',
      ['/title'],
    );
    expectProblem(
      await env.plan.change(id, token, action.id, { status: null }),
      400,
      'validation_failed',
      ['/status'],
    );
    expect((await env.plan.plan(id, token)).actions).toEqual([action]);
  });

  test(`when a plan holds ${PLAN_LIMITS.maxActions} actions, then one more answers 400 plan_full`, async () => {
    const { id, token } = await env.plan.submitted();
    for (let index = 0; index < PLAN_LIMITS.maxActions; index++) {
      await env.plan.added(id, token, { title: `Action ${index + 1}` });
    }

    expectProblem(await env.plan.add(id, token, { title: 'Une de trop' }), 400, 'plan_full');
    expect(await env.testApp.database.countRows('plan_actions')).toBe(PLAN_LIMITS.maxActions);
  });
});
