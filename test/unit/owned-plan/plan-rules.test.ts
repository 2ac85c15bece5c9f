import { describe, expect, it } from 'vitest';
import {
  changePlanAction,
  newPlanAction,
  NewPlanAction,
  PlanDate,
  PlanPriorities,
  priorityIssues,
  type ActionPlanItem,
  type PlanAction,
} from '../../../src/domain/index.js';
import { area, buildQuestionnaire, singleQuestion } from '../../support/build-questionnaire.js';

const questionnaire = buildQuestionnaire({
  areas: [area('comms'), area('data'), area('money')],
  questions: [
    singleQuestion('site'),
    singleQuestion('backup', { area: 'data' }),
    singleQuestion('budget', { area: 'money' }),
  ],
});

const proposal: ActionPlanItem = {
  id: 'rec-site',
  areaId: 'comms',
  title: 'Créer un site simple',
  text: '…',
  horizon: 'quickWin',
  effort: 'low',
  impact: 'high',
  trigger: 'answer',
  gap: 1,
  priority: 1,
  resources: [],
};
const context = {
  questionnaire,
  proposals: [proposal],
  id: 'action-1',
  position: 3,
  now: '2026-11-26T10:00:00.000Z',
};

describe('priorityIssues', () => {
  it('when every area exists once, then there is no issue', () => {
    expect(priorityIssues(questionnaire, ['comms', 'data'])).toEqual([]);
  });

  it('when an area is unknown or repeated, then each is named by its pointer', () => {
    expect(priorityIssues(questionnaire, ['comms', 'nope', 'comms'])).toEqual([
      { pointer: '/areaIds/1', message: 'there is no area "nope"' },
      { pointer: '/areaIds/2', message: '"comms" is already chosen' },
    ]);
  });

  it('when a fourth area is chosen, then the schema refuses it (two or three are advised)', () => {
    const result = PlanPriorities.safeParse({ areaIds: ['comms', 'data', 'money', 'other'] });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['areaIds']);
  });
});

describe('newPlanAction', () => {
  it('when it comes from a proposal, then it copies its title and area and is planned', () => {
    const { action } = newPlanAction({ recommendationId: 'rec-site', owner: 'Léa' }, context);
    expect(action).toEqual({
      id: 'action-1',
      areaId: 'comms',
      recommendationId: 'rec-site',
      title: 'Créer un site simple',
      owner: 'Léa',
      dueDate: null,
      cost: null,
      status: 'planned',
      position: 3,
      createdAt: context.now,
      updatedAt: context.now,
      doneAt: null,
    });
  });

  it('when it is our own and already done, then it records when it was done', () => {
    const { action } = newPlanAction(
      { title: 'Faire le point', areaId: 'data', status: 'done', cost: 'free' },
      context,
    );
    expect(action).toMatchObject({ title: 'Faire le point', areaId: 'data', doneAt: context.now });
  });

  it.each([
    [{ recommendationId: 'unknown' }, '/recommendationId'],
    [{ recommendationId: 'rec-site', title: 'x' }, '/title'],
    [{ recommendationId: 'rec-site', areaId: 'data' }, '/areaId'],
    [{}, '/title'],
    [{ title: 'x', areaId: 'nope' }, '/areaId'],
  ])('when the input is %o, then the issue is at %s', (input, pointer) => {
    const result = newPlanAction(input, context);
    expect(result.action).toBeUndefined();
    expect(result.issues.map((issue) => issue.pointer)).toEqual([pointer]);
  });

  it('when the title is blank or too long, or "who" too long, then the schema names the field', () => {
    const paths = (input: unknown) =>
      NewPlanAction.safeParse(input).error?.issues.map((issue) => issue.path.join('/'));
    expect(paths({ title: '   ' })).toEqual(['title']);
    expect(paths({ title: 'x'.repeat(201) })).toEqual(['title']);
    expect(paths({ title: 'ok', owner: 'x'.repeat(101) })).toEqual(['owner']);
    expect(NewPlanAction.parse({ title: ' ok ', owner: '  ' })).toEqual({
      title: 'ok',
      owner: null,
    });
  });
});

describe('PlanDate', () => {
  it.each(['2027-02-28', '2028-02-29', '1900-01-01', '2200-12-31'])('accepts the day %s', (day) => {
    expect(PlanDate.safeParse(day).success).toBe(true);
  });
  it.each(['2027-02-29', '2027-13-01', '27-01-01', '2027-1-1', '2027-01-01T00:00'])(
    'refuses %s',
    (day) => {
      expect(PlanDate.safeParse(day).success).toBe(false);
    },
  );
  it.each(['0000-01-01', '1899-12-31', '2201-01-01', '9999-12-31'])(
    'refuses %s, out of the years 1900-2200, with that one message',
    (day) => {
      expect(PlanDate.safeParse(day).error?.issues.map((issue) => issue.message)).toEqual([
        'the year must be between 1900 and 2200',
      ]);
    },
  );
});

describe('changePlanAction', () => {
  const base: PlanAction = newPlanAction({ title: 'Sauvegardes', owner: 'Léa' }, context).action!;
  const later = '2026-12-01T08:00:00.000Z';

  it('when fields are changed or cleared, then the others stay and the change time moves', () => {
    const changed = changePlanAction(base, { owner: null, dueDate: '2027-01-31' }, later);
    expect(changed).toEqual({ ...base, owner: null, dueDate: '2027-01-31', updatedAt: later });
  });

  it('when it is marked done, then doneAt is set once; leaving done forgets it', () => {
    const done = changePlanAction(base, { status: 'done' }, later);
    expect(done.doneAt).toBe(later);
    expect(
      changePlanAction(done, { title: 'Sauvegardes !' }, '2027-01-01T00:00:00.000Z').doneAt,
    ).toBe(later);
    expect(changePlanAction(done, { status: 'in_progress' }, later).doneAt).toBeNull();
  });
});
