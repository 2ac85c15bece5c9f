import { describe, expect, it } from 'vitest';
import { nextLevelSteps, type Answers } from '../../../src/domain/index.js';
import {
  area,
  buildQuestionnaire,
  dontKnow,
  level,
  multipleQuestion,
  notApplicable,
  option,
  singleQuestion,
} from '../../support/build-questionnaire.js';

/** Five yes (2) / partly (1) / no (0) questions of weight 1 in "comms"; default levels. */
const five = buildQuestionnaire({
  questions: ['q1', 'q2', 'q3', 'q4', 'q5'].map((id) => singleQuestion(id)),
});
const allNo: Answers = { q1: 'no', q2: 'no', q3: 'no', q4: 'no', q5: 'no' };

describe('nextLevelSteps', () => {
  it('when one answer is enough, then it proposes the one that adds the most points', () => {
    // site 0, news 0.5, social 0: (0 + 0.5 + 0) / 3 = 16.7, beginner; developing starts at 25.
    // site yes: (1 + 0.5 + 0) / 3 = 50 (+33.3); news yes: 1 / 3 = 33.3; social yes: 50, later.
    const questionnaire = buildQuestionnaire({
      questions: [singleQuestion('site'), singleQuestion('news'), singleQuestion('social')],
    });

    const next = nextLevelSteps(
      questionnaire,
      { site: 'no', news: 'partly', social: 'no' },
      'comms',
      'en',
    );

    expect(next).toEqual({
      levelId: 'developing',
      title: 'Level developing',
      min: 25,
      pointsNeeded: 8.3,
      steps: [
        {
          questionId: 'site',
          question: 'Question site',
          value: 'yes',
          answer: 'yes',
          points: 33.3,
        },
      ],
      reached: true,
    });
  });

  it('when one answer is not enough, then it adds answers until the level, each question once', () => {
    // All no: 0. One yes: 1/5 = 20 < 25; two: 40. Ties go to document order.
    const next = nextLevelSteps(five, allNo, 'comms', 'en');

    expect(next?.steps.map((step) => [step.questionId, step.points])).toEqual([
      ['q1', 20],
      ['q2', 20],
    ]);
    expect(next?.reached).toBe(true);
  });

  it('when three answers do not reach the next level, then it gives three and says so', () => {
    // Levels low [0, 90), high [90, 100]: three yes of five make 60, short of 90.
    const questionnaire = buildQuestionnaire({
      questions: ['q1', 'q2', 'q3', 'q4', 'q5'].map((id) => singleQuestion(id)),
      levels: [level('low', 0, 90), level('high', 90, 100)],
    });

    const next = nextLevelSteps(questionnaire, allNo, 'comms', 'en');

    expect(next?.pointsNeeded).toBe(90);
    expect(next?.steps.map((step) => step.questionId)).toEqual(['q1', 'q2', 'q3']);
    expect(next?.reached).toBe(false);
  });

  it('when an area is at the top level or has no score, then there is no next level', () => {
    const top = { q1: 'yes', q2: 'yes', q3: 'yes', q4: 'yes', q5: 'yes' };
    expect(nextLevelSteps(five, top, 'comms', 'en')).toBeNull();
    // One answer of five: coverage 0.2, below the 0.5 threshold.
    expect(nextLevelSteps(five, { q1: 'no' }, 'comms', 'en')).toBeNull();
  });

  it('when a question is hidden, then it is not proposed, and a stale answer it would reveal counts', () => {
    // site no hides details (its old "no" stays in the answers). site yes would reveal it:
    // (1 + 0 + 0) / 3 = 33.3; news yes keeps it hidden: (0 + 1) / 2 = 50, so news comes first.
    const questionnaire = buildQuestionnaire({
      questions: [
        singleQuestion('site'),
        singleQuestion('details', { showIf: { question: 'site', anyOf: ['yes', 'partly'] } }),
        singleQuestion('news'),
      ],
    });

    const next = nextLevelSteps(
      questionnaire,
      { site: 'no', details: 'no', news: 'no' },
      'comms',
      'en',
    );

    expect(next?.steps).toEqual([
      { questionId: 'news', question: 'Question news', value: 'yes', answer: 'yes', points: 50 },
    ]);
  });

  it('when an answer is "not applicable", then it stays; an "I don\'t know" is proposed', () => {
    // site n/a is left out; news dk scores 0 (lowest), tools [a] 1/3: (0 + 0.333) / 2 = 16.7.
    // news yes: (1 + 0.333) / 2 = 66.7 (+50); tools a+b: (0 + 1) / 2 = 50 (+33.3).
    const questionnaire = buildQuestionnaire({
      questions: [
        singleQuestion('site', { options: [option('yes', 2), option('no', 0), notApplicable()] }),
        singleQuestion('news', { options: [option('yes', 2), option('no', 0), dontKnow()] }),
        multipleQuestion('tools'),
      ],
    });

    const next = nextLevelSteps(
      questionnaire,
      { site: 'na', news: 'dk', tools: ['a'] },
      'comms',
      'en',
    );

    expect(next?.steps).toEqual([
      { questionId: 'news', question: 'Question news', value: 'yes', answer: 'yes', points: 50 },
    ]);
  });

  it('when the best answer is several boxes, then it proposes ticking every box that scores', () => {
    const questionnaire = buildQuestionnaire({
      areas: [area('comms')],
      questions: [multipleQuestion('tools'), singleQuestion('site')],
    });

    // tools none 0, site yes 1: 50, advanced; expert at 75. tools a+b: 100 (+50).
    const next = nextLevelSteps(questionnaire, { tools: ['none'], site: 'yes' }, 'comms', 'fr');

    expect(next?.steps).toEqual([
      {
        questionId: 'tools',
        question: 'fr: Question tools',
        value: ['a', 'b'],
        answer: 'fr: a, fr: b',
        points: 50,
      },
    ]);
  });
});
