import { describe, expect, it } from 'vitest';
import {
  associationCapacity,
  buildActionPlan,
  firstActions,
  scoreResponse,
  type Answers,
  type Capacity,
} from '../../../src/domain/index.js';
import {
  area,
  buildQuestionnaire,
  contextQuestion,
  recommendation,
  singleQuestion,
  text,
} from '../../support/build-questionnaire.js';

const no = (question: string) => ({ answer: { question, anyOf: ['no'] } });

/**
 * Three areas of two questions each; every recommendation fires on "no". One "no" of two is a gap
 * of 0.5, so priority = 0.5 x impact / effort (areas weigh the same):
 * r-site and r-news 0.5 x 3 / 1 = 1.5; r-grants 0.5 x 2 / 1 = 1; r-gdpr 0.5 x 3 / 2 = 0.75;
 * r-backup 0.5 x 3 / 3 = 0.5; r-donors 0.5 x 1 / 1 = 0.5; r-data-low (data below 25, here 0):
 * gap (25 - 0) / 100 x 2 / 1 = 0.5.
 */
const questionnaire = buildQuestionnaire({
  areas: [area('comms'), area('data'), area('funding')],
  contextQuestions: [
    {
      ...contextQuestion('budget'),
      options: [
        { id: 'small', label: text('small'), capacity: 'low' },
        { id: 'large', label: text('large'), capacity: 'high' },
      ],
    },
    {
      ...contextQuestion('employees'),
      options: [
        { id: 'none', label: text('none'), capacity: 'low' },
        { id: 'some', label: text('some'), capacity: 'medium' },
        { id: 'unsaid', label: text('unsaid') },
      ],
    },
  ],
  questions: [
    singleQuestion('site'),
    singleQuestion('news'),
    singleQuestion('backup', { area: 'data' }),
    singleQuestion('gdpr', { area: 'data' }),
    singleQuestion('grants', { area: 'funding' }),
    singleQuestion('donors', { area: 'funding' }),
  ],
  recommendations: [
    recommendation('r-site', { impact: 'high', trigger: no('site') }),
    recommendation('r-news', { impact: 'high', trigger: no('news') }),
    recommendation('r-backup', {
      area: 'data',
      effort: 'high',
      impact: 'high',
      trigger: no('backup'),
    }),
    recommendation('r-gdpr', {
      area: 'data',
      effort: 'medium',
      impact: 'high',
      trigger: no('gdpr'),
    }),
    recommendation('r-grants', { area: 'funding', trigger: no('grants') }),
    recommendation('r-donors', { area: 'funding', impact: 'low', trigger: no('donors') }),
    recommendation('r-data-low', { area: 'data', trigger: { areaScore: { max: 25 } } }),
  ],
});

const allNo: Answers = {
  site: 'no',
  news: 'no',
  backup: 'no',
  gdpr: 'no',
  grants: 'no',
  donors: 'no',
};

function choose(answers: Answers, capacity: Capacity | null) {
  const profile = scoreResponse(questionnaire, answers);
  const plan = buildActionPlan(questionnaire, answers, profile, 'en');
  return firstActions(questionnaire, answers, profile, plan, capacity, 'en');
}

describe('firstActions', () => {
  it('when the association can afford little, then it gets low efforts, one per area first', () => {
    // Low efforts by priority: r-site 1.5, r-news 1.5, r-grants 1, r-donors 0.5, r-data-low 0.5.
    // One per area first: r-site (comms), r-grants (funding), r-data-low (data), before r-news.
    const { firstActions: chosen } = choose(allNo, 'low');

    expect(chosen.map((action) => action.item.id)).toEqual(['r-site', 'r-grants', 'r-data-low']);
    expect(chosen.every((action) => action.affordable)).toBe(true);
  });

  it('when it can afford much, then a weightier action of a third area comes before a second of one', () => {
    // By priority: r-site, r-news, r-grants, r-gdpr 0.75, then the 0.5s; one per area: r-gdpr.
    const { firstActions: chosen } = choose(allNo, 'high');

    expect(chosen.map((action) => action.item.id)).toEqual(['r-site', 'r-grants', 'r-gdpr']);
  });

  it('when no context answer tells, then a medium effort is affordable and a high one is not', () => {
    const chosen = choose(
      { ...allNo, site: 'yes', news: 'yes', grants: 'yes', donors: 'yes' },
      null,
    ).firstActions;

    // Left: r-gdpr (medium, 0.75), r-backup (high, 0.5), r-data-low (low, 0.5); all in data.
    expect(chosen.map((action) => [action.item.id, action.affordable])).toEqual([
      ['r-gdpr', true],
      ['r-data-low', true],
      ['r-backup', false],
    ]);
  });

  it('when nothing affordable is left, then the unaffordable ones come in, marked so', () => {
    // data: backup no, gdpr yes = 50, so r-data-low does not fire; only r-backup (high) is left.
    const chosen = choose(
      { site: 'yes', news: 'yes', backup: 'no', gdpr: 'yes' },
      'low',
    ).firstActions;

    expect(chosen.map((action) => [action.item.id, action.affordable])).toEqual([
      ['r-backup', false],
    ]);
  });

  it('then each says why: the answer that fired it, or its area and score', () => {
    const [site, , dataLow] = choose(allNo, 'low').firstActions;

    expect(site?.reason).toEqual({
      trigger: 'answer',
      questionId: 'site',
      question: 'Question site',
      answer: 'no',
    });
    expect(dataLow?.reason).toEqual({
      trigger: 'areaScore',
      areaId: 'data',
      area: 'Area data',
      score: 0,
    });
  });

  it('then the rest of the plan is grouped by area, in area order and plan order', () => {
    // Plan order: quick wins by priority (r-news, r-donors, then r-data-low by position), then
    // r-gdpr (three months), then r-backup (a year).
    const { otherActions } = choose(allNo, 'low');

    expect(otherActions.map((group) => [group.areaId, group.items.map((item) => item.id)])).toEqual(
      [
        ['comms', ['r-news']],
        ['data', ['r-gdpr', 'r-backup']],
        ['funding', ['r-donors']],
      ],
    );
  });
});

describe('associationCapacity', () => {
  it('when several context answers tell, then the lowest capacity counts', () => {
    expect(associationCapacity(questionnaire, { budget: 'large', employees: 'none' })).toBe('low');
    expect(associationCapacity(questionnaire, { budget: 'large', employees: 'some' })).toBe(
      'medium',
    );
  });

  it('when no answered option declares a capacity, then it is unknown', () => {
    expect(associationCapacity(questionnaire, { budget: 'large' })).toBe('high');
    expect(associationCapacity(questionnaire, { employees: 'unsaid' })).toBeNull();
    expect(associationCapacity(questionnaire, {})).toBeNull();
  });
});
