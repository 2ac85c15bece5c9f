import { describe, expect, test } from 'vitest';
import {
  AGENDA_QUESTIONS,
  discussionAgenda,
  type AgendaResponse,
  type Answers,
} from '../../../src/domain/index.js';
import {
  area,
  buildQuestionnaire,
  dontKnow,
  multipleQuestion,
  notApplicable,
  scaleQuestion,
  singleQuestion,
} from '../../support/build-questionnaire.js';

/** Single choices score yes 2/2 = 1, partly 1/2 = 0.5, no 0; the scale 0-4 scores value / 4. */
const questionnaire = buildQuestionnaire({
  areas: [area('comms'), area('data')],
  questions: [
    singleQuestion('site'),
    singleQuestion('backup', {
      area: 'data',
      options: [...singleQuestion('x').options, dontKnow()],
    }),
    multipleQuestion('channels'),
    scaleQuestion('gdpr', { area: 'data', options: [notApplicable()] }),
    singleQuestion('tools'),
    singleQuestion('updates', { showIf: { question: 'site', anyOf: ['yes'] } }),
  ],
});

const shared = (answers: Answers): AgendaResponse => ({ answers, shareAnswers: true });
const kept = (answers: Answers): AgendaResponse => ({ answers, shareAnswers: false });

/**
 * Four associations, all sharing. Unanimous on site (yes), channels (a) and gdpr (2). Split two
 * against two on backup, at the best (yes, 1) and the worst (no, 0): of the 6 pairs, the 4 that
 * mix them differ by 1, so 4 / 6 = 0.667. On tools three say yes (1) and one partly (0.5): the
 * 3 pairs with the odd one out differ by 0.5, so 1.5 / 6 = 0.25.
 */
const FOUR: AgendaResponse[] = [
  shared({ site: 'yes', backup: 'yes', channels: ['a'], gdpr: 2, tools: 'yes' }),
  shared({ site: 'yes', backup: 'yes', channels: ['a'], gdpr: 2, tools: 'yes' }),
  shared({ site: 'yes', backup: 'no', channels: ['a'], gdpr: 2, tools: 'yes' }),
  shared({ site: 'yes', backup: 'no', channels: ['a'], gdpr: 2, tools: 'partly' }),
];

describe('discussionAgenda', () => {
  test('when two answer the best and two the worst on one question, others unanimous, then that question ranks first with its distribution', () => {
    const agenda = discussionAgenda(questionnaire, FOUR);

    expect(agenda.basis).toBe(4);
    expect(agenda.enough).toBe(true);
    expect(agenda.questions).toEqual([
      {
        questionId: 'backup',
        areaId: 'data',
        answered: 4,
        disagreement: 0.667,
        distinctAnswers: 2,
        // Every option the question offers, in its order; "I don't know" is no opinion.
        distribution: [
          { answer: 'yes', count: 2 },
          { answer: 'partly', count: 0 },
          { answer: 'no', count: 2 },
        ],
      },
      {
        questionId: 'tools',
        areaId: 'comms',
        answered: 4,
        disagreement: 0.25,
        distinctAnswers: 2,
        distribution: [
          { answer: 'yes', count: 3 },
          { answer: 'partly', count: 1 },
          { answer: 'no', count: 0 },
        ],
      },
    ]);
  });

  test('when a participant did not agree to share its answers, then its response is left out of the measure and of every count', () => {
    // The fifth would split site (no), move backup's counts (partly) and disagree on gdpr (4).
    const agenda = discussionAgenda(questionnaire, [
      ...FOUR,
      kept({ site: 'no', backup: 'partly', channels: ['b'], gdpr: 4, tools: 'no' }),
    ]);

    expect(agenda.basis).toBe(4);
    expect(agenda).toEqual(discussionAgenda(questionnaire, FOUR));
  });

  test('when fewer than two responses are shared, then the agenda says there is not enough instead of ranking', () => {
    const agenda = discussionAgenda(questionnaire, [
      shared({ site: 'yes', backup: 'yes' }),
      kept({ site: 'no', backup: 'no' }),
      kept({ site: 'no', backup: 'partly' }),
    ]);

    expect(agenda).toEqual({ basis: 1, enough: false, questions: [] });
    expect(discussionAgenda(questionnaire, [])).toEqual({
      basis: 0,
      enough: false,
      questions: [],
    });
  });

  test('when answers are "I don\'t know", "not applicable", hidden or missing, then they are left out, and a question left with one answer does not rank', () => {
    const agenda = discussionAgenda(questionnaire, [
      // updates is hidden for the second (site no): its "never" does not count.
      shared({ site: 'yes', backup: 'dk', gdpr: 'na', updates: 'yes' }),
      shared({ site: 'no', backup: 'yes', gdpr: 0, updates: 'no' }),
      shared({ site: 'no', backup: 'no' }),
    ]);

    // site: yes, no, no: 2 of the 3 pairs differ by 1, 2 / 3 = 0.667. backup: yes and no only
    // (the "don't know" left out): 1. gdpr: one answer; updates: one shown answer.
    expect(agenda.questions.map((q) => [q.questionId, q.answered, q.disagreement])).toEqual([
      ['backup', 2, 1],
      ['site', 3, 0.667],
    ]);
  });

  test('when two questions disagree as much, then the one with more distinct answers ranks first, then the questionnaire order', () => {
    // site and tools: no, no, yes: 2 / 3 = 0.667 with 2 distinct answers. gdpr: 0, 2, 4 scores
    // 0, 0.5, 1: (0.5 + 1 + 0.5) / 3 = 0.667 with 3 distinct answers.
    const agenda = discussionAgenda(questionnaire, [
      shared({ site: 'no', gdpr: 0, tools: 'no' }),
      shared({ site: 'no', gdpr: 2, tools: 'no' }),
      shared({ site: 'yes', gdpr: 4, tools: 'yes' }),
    ]);

    expect(agenda.questions.map((q) => [q.questionId, q.disagreement, q.distinctAnswers])).toEqual([
      ['gdpr', 0.667, 3],
      ['site', 0.667, 2],
      ['tools', 0.667, 2],
    ]);
    // A short scale lists each of its values, chosen or not.
    expect(agenda.questions[0]!.distribution).toEqual([
      { answer: '0', count: 1 },
      { answer: '1', count: 0 },
      { answer: '2', count: 1 },
      { answer: '3', count: 0 },
      { answer: '4', count: 1 },
    ]);
  });

  test('when boxes are ticked, then each ticked box counts once and a set of ticks is one answer', () => {
    // Scores (max a + b = 3): none 0, a 1/3, b 2/3, a+b 1. The 6 pairs differ by 1/3, 2/3, 1,
    // 1/3, 2/3 and 1/3: 10/3 over 6 pairs = 0.556.
    const agenda = discussionAgenda(questionnaire, [
      shared({ channels: ['a'] }),
      shared({ channels: ['b'] }),
      shared({ channels: ['a', 'b'] }),
      shared({ channels: ['none'] }),
    ]);

    expect(agenda.questions).toEqual([
      {
        questionId: 'channels',
        areaId: 'comms',
        answered: 4,
        disagreement: 0.556,
        distinctAnswers: 4,
        distribution: [
          { answer: 'a', count: 2 },
          { answer: 'b', count: 2 },
          { answer: 'none', count: 1 },
        ],
      },
    ]);
  });

  test('when many questions disagree, then the agenda keeps the first five', () => {
    const many = buildQuestionnaire({
      questions: Array.from({ length: 8 }, (_, i) => singleQuestion(`q${i}`)),
    });
    const answers = (value: string) =>
      shared(Object.fromEntries(Array.from({ length: 8 }, (_, i) => [`q${i}`, value])));

    const agenda = discussionAgenda(many, [answers('yes'), answers('no')]);

    expect(agenda.questions.map((q) => q.questionId)).toEqual(['q0', 'q1', 'q2', 'q3', 'q4']);
    expect(agenda.questions).toHaveLength(AGENDA_QUESTIONS);
  });
});
