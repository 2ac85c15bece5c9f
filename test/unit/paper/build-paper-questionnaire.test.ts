import { describe, expect, test } from 'vitest';
import { buildPaperQuestionnaire } from '../../../src/usecases/paper/build-paper-questionnaire.js';
import {
  area,
  buildQuestionnaire,
  contextQuestion,
  dontKnow,
  multipleQuestion,
  scaleQuestion,
  singleQuestion,
  text,
} from '../../support/build-questionnaire.js';

/*
 * Areas data (declared first, weight 1) and comms (weight 3). The questions are written comms
 * first: the numbers must follow the areas, as the diagnosis pages do, not the file's order.
 */
const questionnaire = buildQuestionnaire({
  areas: [area('data'), area('comms', 3)],
  contextQuestions: [contextQuestion('size')],
  questions: [
    singleQuestion('site', { options: [...singleQuestion('x').options, dontKnow()] }),
    singleQuestion('updates', { showIf: { question: 'site', anyOf: ['yes', 'partly'] } }),
    multipleQuestion('channels'),
    scaleQuestion('comfort', { min: 1, max: 5, labels: { min: text('Low'), max: text('High') } }),
    singleQuestion('backup', { area: 'data', showIf: { question: 'comfort', min: 3 } }),
  ],
});

describe('buildPaperQuestionnaire', () => {
  const paper = buildPaperQuestionnaire(questionnaire, 'en');
  const all = [...paper.contextQuestions, ...paper.areas.flatMap((a) => a.questions)];

  test('when built, then questions are numbered across the form: context first, then area by area in the order of the areas', () => {
    expect(all.map((q) => [q.number, q.title])).toEqual([
      [1, 'Context size'],
      [2, 'Question backup'],
      [3, 'Question site'],
      [4, 'Question updates'],
      [5, 'Question channels'],
      [6, 'Question comfort'],
    ]);
    expect(paper.areas.map((a) => [a.title, a.weight])).toEqual([
      ['Area data', 1],
      ['Area comms', 3],
    ]);
  });

  test('when a question has a condition, then it names the earlier question by its number and the answers by their labels', () => {
    expect(all.find((q) => q.number === 4)!.condition).toEqual({
      questionNumber: 3,
      answers: ['yes', 'partly'],
      min: null,
      max: null,
    });
    expect(all.find((q) => q.number === 2)!.condition).toEqual({
      questionNumber: 6,
      answers: [],
      min: 3,
      max: null,
    });
  });

  test('when built, then options carry their points, special options and context options none, and a scale its range and labels', () => {
    const site = all.find((q) => q.number === 3)!;
    // "I don't know" scores as the lowest answer: the questionnaire's default rule.
    expect(site.options).toEqual([
      { label: 'yes', points: 2, special: null },
      { label: 'partly', points: 1, special: null },
      { label: 'no', points: 0, special: null },
      { label: "I don't know", points: null, special: 'dontKnowLowest' },
    ]);
    expect(all[0]!.options.every((o) => o.points === null)).toBe(true);
    expect(all[0]!.weight).toBeNull();
    expect(all.find((q) => q.number === 5)!.type).toBe('multiple');
    expect(all.find((q) => q.number === 6)!.scale).toEqual({
      min: 1,
      max: 5,
      step: 1,
      minLabel: 'Low',
      maxLabel: 'High',
      values: [1, 2, 3, 4, 5].map((value) => ({ value, label: null })),
    });
  });

  test('when built in French, then every text is the French one', () => {
    const french = buildPaperQuestionnaire(questionnaire, 'fr');
    expect(french.title).toBe('fr: Test radar');
    expect(french.contextQuestions[0]!.title).toBe('fr: Context size');
    expect(french.levels.map((l) => [l.title, l.min, l.max])[0]).toEqual([
      'fr: Level beginner',
      0,
      25,
    ]);
  });
});
