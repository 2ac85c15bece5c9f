import { describe, expect, it } from 'vitest';
import { scoreQuestion, type ScoringRules } from '../../../src/domain/index.js';
import {
  buildQuestionnaire,
  dontKnow,
  exclusiveOption,
  indexedQuestion,
  multipleQuestion,
  notApplicable,
  option,
  scaleQuestion,
  singleQuestion,
} from '../../support/build-questionnaire.js';

const LOWEST: ScoringRules = { coverageThreshold: 0.5, dontKnow: 'lowest' };
const EXCLUDE: ScoringRules = { coverageThreshold: 0.5, dontKnow: 'exclude' };

/** Options worth 3, 2 and 1: the poorest option still carries points. */
const threeTwoOne = [
  option('best', 3),
  option('good', 2),
  option('poor', 1),
  notApplicable(),
  dontKnow(),
];

const questionnaire = buildQuestionnaire({
  questions: [
    singleQuestion('single', { options: threeTwoOne }),
    singleQuestion('single-excl', { options: threeTwoOne, dontKnow: 'exclude' }),
    singleQuestion('single-lowest', { options: threeTwoOne, dontKnow: 'lowest' }),
    multipleQuestion('multi', {
      options: [
        option('a', 1),
        option('b', 2),
        option('c', 3),
        exclusiveOption('none'),
        dontKnow(),
      ],
    }),
    multipleQuestion('multi-alone', {
      // the exclusive option alone is worth more than every other box together
      options: [option('a', 1), option('b', 1), exclusiveOption('outsourced', 3)],
    }),
    scaleQuestion('scale', { min: 1, max: 9, step: 2, options: [notApplicable(), dontKnow()] }),
    scaleQuestion('signed', { min: -2, max: 2 }),
  ],
});
const q = (id: string) => indexedQuestion(questionnaire, id);

describe('scoreQuestion', () => {
  describe('single choice', () => {
    it('when the best option is chosen, then the score is 1', () => {
      expect(scoreQuestion(q('single'), 'best', LOWEST)).toEqual({ outcome: 'scored', score: 1 });
    });

    it('when a middle option is chosen, then the score is its points over the best points', () => {
      // 2 / 3
      const result = scoreQuestion(q('single'), 'good', LOWEST);
      expect(result.outcome).toBe('scored');
      expect(result.score).toBeCloseTo(2 / 3, 10);
    });

    it('when the poorest option has points, then choosing it scores its points over the best, not 0', () => {
      // 1 / 3
      expect(scoreQuestion(q('single'), 'poor', LOWEST).score).toBeCloseTo(1 / 3, 10);
    });

    it('when the answer is a list, as for multiple choice, then the question counts as unanswered', () => {
      // a value of the wrong shape (an answer carried over from a version where the question was
      // multiple choice, or an unvalidated preview) must not score: it would give (3 + 2) / 3 → 1
      expect(scoreQuestion(q('single'), ['best', 'good'], LOWEST)).toEqual({
        outcome: 'unanswered',
        score: null,
      });
    });

    it('when the answer is not an option, then the question counts as unanswered', () => {
      expect(scoreQuestion(q('single'), 'maybe', LOWEST)).toEqual({
        outcome: 'unanswered',
        score: null,
      });
    });
  });

  describe('multiple choice', () => {
    it('when some boxes are ticked, then the score is their points over the sum of all non-exclusive boxes', () => {
      // a + c = 1 + 3 = 4 over a + b + c = 6 ("none" is exclusive, so not part of the attainable sum)
      expect(scoreQuestion(q('multi'), ['a', 'c'], LOWEST).score).toBeCloseTo(4 / 6, 10);
    });

    it('when every scoring box is ticked, then the score is 1', () => {
      expect(scoreQuestion(q('multi'), ['a', 'b', 'c'], LOWEST)).toEqual({
        outcome: 'scored',
        score: 1,
      });
    });

    it('when only the exclusive "none" box is ticked, then the score is 0', () => {
      expect(scoreQuestion(q('multi'), ['none'], LOWEST)).toEqual({ outcome: 'scored', score: 0 });
    });

    it('when an exclusive box is worth more than all others together, then it sets the maximum', () => {
      // max = max(a + b = 2, outsourced = 3) = 3; a + b = 2 → 2/3; outsourced → 3/3
      expect(scoreQuestion(q('multi-alone'), ['a', 'b'], LOWEST).score).toBeCloseTo(2 / 3, 10);
      expect(scoreQuestion(q('multi-alone'), ['outsourced'], LOWEST).score).toBe(1);
    });

    it('when the answer is a single string, as for single choice, then the question counts as unanswered', () => {
      expect(scoreQuestion(q('multi'), 'a', LOWEST)).toEqual({
        outcome: 'unanswered',
        score: null,
      });
    });
  });

  describe('scale', () => {
    it('when the minimum is answered, then the score is 0; the maximum, 1', () => {
      expect(scoreQuestion(q('scale'), 1, LOWEST)).toEqual({ outcome: 'scored', score: 0 });
      expect(scoreQuestion(q('scale'), 9, LOWEST)).toEqual({ outcome: 'scored', score: 1 });
    });

    it('when a step between is answered, then the score is linear from min to max', () => {
      // (5 - 1) / (9 - 1) = 0.5 ; (3 - 1) / (9 - 1) = 0.25 ; (7 - 1) / 8 = 0.75
      expect(scoreQuestion(q('scale'), 5, LOWEST).score).toBe(0.5);
      expect(scoreQuestion(q('scale'), 3, LOWEST).score).toBe(0.25);
      expect(scoreQuestion(q('scale'), 7, LOWEST).score).toBe(0.75);
    });

    it('when the scale starts below zero, then its minimum still scores 0 and its middle 0.5', () => {
      // (-2 - -2) / 4 = 0 ; (0 - -2) / 4 = 0.5
      expect(scoreQuestion(q('signed'), -2, LOWEST).score).toBe(0);
      expect(scoreQuestion(q('signed'), 0, LOWEST).score).toBe(0.5);
    });
  });

  describe('special answers', () => {
    it('when nothing is answered, then the outcome is unanswered with no score', () => {
      expect(scoreQuestion(q('single'), undefined, LOWEST)).toEqual({
        outcome: 'unanswered',
        score: null,
      });
    });

    it('when "not applicable" is answered, then it has no score', () => {
      expect(scoreQuestion(q('single'), 'na', LOWEST)).toEqual({
        outcome: 'notApplicable',
        score: null,
      });
      expect(scoreQuestion(q('scale'), 'na', LOWEST)).toEqual({
        outcome: 'notApplicable',
        score: null,
      });
    });

    it('when "I don\'t know" is answered on single choice under the default rule, then it scores like the poorest option', () => {
      // poorest option "poor" = 1 point over best 3 → 1/3, not 0
      const result = scoreQuestion(q('single'), 'dk', LOWEST);
      expect(result.outcome).toBe('dontKnow');
      expect(result.score).toBeCloseTo(1 / 3, 10);
    });

    it('when "I don\'t know" is answered on a scale or multiple choice under the default rule, then it scores 0', () => {
      expect(scoreQuestion(q('scale'), 'dk', LOWEST)).toEqual({ outcome: 'dontKnow', score: 0 });
      expect(scoreQuestion(q('multi'), ['dk'], LOWEST)).toEqual({ outcome: 'dontKnow', score: 0 });
    });

    it('when the questionnaire says to exclude "I don\'t know", then it has no score', () => {
      expect(scoreQuestion(q('single'), 'dk', EXCLUDE)).toEqual({
        outcome: 'dontKnow',
        score: null,
      });
      expect(scoreQuestion(q('scale'), 'dk', EXCLUDE)).toEqual({
        outcome: 'dontKnow',
        score: null,
      });
    });

    it('when the question itself says to exclude "I don\'t know", then it has no score under the default rule', () => {
      expect(scoreQuestion(q('single-excl'), 'dk', LOWEST)).toEqual({
        outcome: 'dontKnow',
        score: null,
      });
    });

    it('when the question says "lowest" but the questionnaire excludes, then the question wins', () => {
      expect(scoreQuestion(q('single-lowest'), 'dk', EXCLUDE).score).toBeCloseTo(1 / 3, 10);
    });
  });
});
