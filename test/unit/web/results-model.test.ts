// @vitest-environment happy-dom
import { beforeEach, describe, expect, test } from 'vitest';
import type { ActionPlanItem } from '../../../src/domain/action-plan/action-plan-schema.js';
import { resultsModel, type ResultsData } from '../../../web/src/components/results-model.js';
import { setLocale } from '../../../web/src/i18n.js';
import { area, buildQuestionnaire, singleQuestion } from '../../support/build-questionnaire.js';

const questionnaire = buildQuestionnaire({
  areas: [area('comms'), area('data'), area('money')],
  questions: [
    singleQuestion('site'),
    singleQuestion('backup', { area: 'data' }),
    singleQuestion('grants', { area: 'money' }),
  ],
});

const areaProfile = (
  id: string,
  score: number | null,
  level: string | null,
  status: 'scored' | 'insufficient' | 'notApplicable' = 'scored',
) => ({ id, score, level, status, coverage: score === null ? 0 : 1, weight: 1 });

const planItem = (id: string, horizon: ActionPlanItem['horizon']): ActionPlanItem => ({
  id,
  areaId: 'comms',
  title: `Do ${id}`,
  text: `Why ${id}`,
  horizon,
  effort: 'low',
  impact: 'high',
  trigger: 'answer',
  gap: 0.5,
  priority: 1,
  resources: [],
});

function response(overrides: Partial<ResultsData> = {}): ResultsData {
  return {
    profile: {
      overall: { score: 62.5, level: 'advanced' },
      areas: [
        areaProfile('comms', 80, 'expert'),
        areaProfile('data', null, null, 'insufficient'),
        areaProfile('money', null, null, 'notApplicable'),
      ],
    },
    actionPlan: { items: [] },
    peerComparison: null,
    progress: null,
    associationName: null,
    ...overrides,
  } as ResultsData;
}

describe('the results view model', () => {
  beforeEach(async () => {
    await setLocale('fr');
  });

  test('when an area has no score, then it says why instead of showing zero, and the radar leaves a gap', () => {
    const model = resultsModel(response(), questionnaire);

    expect(model.areas.map((a) => [a.title, a.scoreText, a.level?.title ?? null])).toEqual([
      ['fr: Area comms', '80', 'fr: Level expert'],
      ['fr: Area data', 'Pas assez de réponses', null],
      ['fr: Area money', 'Non concerné', null],
    ]);
    expect(model.series).toEqual([{ label: 'Votre association', values: [80, null, null] }]);
  });

  test('when the overall index is given, then it is written the French way with its level', () => {
    const model = resultsModel(response(), questionnaire);

    expect(model.overallText).toContain('62,5');
    expect(model.overallLevel).toEqual({
      title: 'fr: Level advanced',
      description: 'fr: About advanced',
    });
  });

  test('when the levels start at 25, 50 and 75, then those are the radar rings', () => {
    expect(resultsModel(response(), questionnaire).levelSteps).toEqual([25, 50, 75]);
  });

  test('when there is a peer group and no previous diagnosis, then the peers are a full comparison series and a column', () => {
    const model = resultsModel(
      response({ peerComparison: { groupSize: 7, scores: { comms: 55.5, data: null } } }),
      questionnaire,
    );

    expect(model.peerGroupSize).toBe(7);
    expect(model.series[1]).toEqual({
      label: 'Associations de même budget (7)',
      values: [55.5, null, null],
      faint: false,
    });
    expect(model.areas.map((a) => a.peerText)).toEqual(['55,5', '—', '—']);
  });

  test('when the diagnosis was taken again, then the previous one is the second series and the peers step back, faint', () => {
    const model = resultsModel(
      response({
        peerComparison: { groupSize: 5, scores: { comms: 40 } },
        progress: {
          previous: {
            id: 'earlier',
            version: '1.0.0',
            submittedAt: '2025-11-26T23:30:00.000Z',
            scores: { comms: 60, data: 20 },
          },
          changes: {
            overall: {
              before: 50,
              after: 62.5,
              points: 12.5,
              levelBefore: 'advanced',
              levelAfter: 'advanced',
              levelSteps: 0,
            },
            areas: [],
            removedAreaIds: [],
          },
          actionsDone: [],
        },
      }),
      questionnaire,
    );

    // 23:30 UTC is already the 27th in Paris: one date rule for every page.
    expect(model.series.map((s) => [s.label, s.values, s.faint])).toEqual([
      ['Votre association', [80, null, null], undefined],
      ['Diagnostic du 27 novembre 2025', [60, 20, null], undefined],
      ['Associations de même budget (5)', [40, null, null], true],
    ]);
    expect(model.hasProgress).toBe(true);
  });

  test('when the plan has actions, then they are grouped by horizon in order, empty horizons left out', () => {
    const model = resultsModel(
      response({
        actionPlan: {
          items: [planItem('a', 'oneYear'), planItem('b', 'quickWin'), planItem('c', 'oneYear')],
        },
      }),
      questionnaire,
    );

    expect(model.planEmpty).toBe(false);
    expect(model.plan.map((g) => [g.horizon, g.items.map((i) => i.id)])).toEqual([
      ['quickWin', ['b']],
      ['oneYear', ['a', 'c']],
    ]);
    expect(model.grade('low')).toBe('faible');
  });

  test('when the page is in English, then the words are English', async () => {
    await setLocale('en');
    const model = resultsModel(response(), questionnaire, 'Participant');

    expect(model.series[0]!.label).toBe('Participant');
    expect(model.areas[0]!.title).toBe('Area comms');
    expect(model.areas[1]!.scoreText).not.toBe('Pas assez de réponses');
  });
});
