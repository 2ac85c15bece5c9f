import { describe, expect, it } from 'vitest';
import {
  answerInWords,
  checkQuestionnaire,
  isScaleValue,
  parseQuestionnaire,
  Questionnaire,
  scaleIsWhole,
  scaleValues,
  scoreQuestion,
  validateAnswers,
} from '../../../src/domain/index.js';
import {
  buildQuestionnaireInput,
  indexedQuestion,
  scaleQuestion,
  text,
} from '../../support/build-questionnaire.js';
import { choicesOf } from '../../../web/src/components/question-choices.js';

/** A published 0-5 rating in half steps, with a label for every value, as instruments print. */
const RATING = scaleQuestion('maturity', {
  area: 'comms',
  min: 0,
  max: 2,
  step: 0.5,
  stepLabels: [
    text('not used', 'non utilisé'),
    text('considering', 'envisagé'),
    text('prototyping', 'prototypage'),
    text('testing', 'en test'),
    text('operational', 'opérationnel'),
  ],
});

describe('scales with decimal steps and a label for every value', () => {
  it('lists the values from min to max by step, without binary rounding errors', () => {
    expect(scaleValues({ min: 0, max: 2, step: 0.5 })).toEqual([0, 0.5, 1, 1.5, 2]);
    expect(scaleValues({ min: 0, max: 0.5, step: 0.1 })).toEqual([0, 0.1, 0.2, 0.3, 0.4, 0.5]);
    expect(isScaleValue({ min: 0, max: 1, step: 0.1 }, 0.3)).toBe(true);
    expect(isScaleValue({ min: 0, max: 1, step: 0.1 }, 0.35)).toBe(false);
    expect(scaleIsWhole({ min: 0, max: 1, step: 0.1 })).toBe(true);
    expect(scaleIsWhole({ min: 0, max: 5, step: 2 })).toBe(false);
  });

  it('parses a half-step scale with labelled steps (the format refused a step of 0.5)', () => {
    const parsed = parseQuestionnaire(buildQuestionnaireInput({ questions: [RATING] }));
    expect(parsed.ok, JSON.stringify(parsed.ok ? [] : parsed.issues)).toBe(true);
  });

  it('accepts 1.5 as an answer and refuses 1.3, which is not on the scale', () => {
    const questionnaire = Questionnaire.parse(buildQuestionnaireInput({ questions: [RATING] }));
    expect(validateAnswers(questionnaire, { maturity: 1.5 })).toEqual([]);
    expect(validateAnswers(questionnaire, { maturity: 1.3 }).map((i) => i.pointer)).toEqual([
      '/answers/maturity',
    ]);
  });

  it('reports labels that do not match the values one for one, and both kinds of labels at once', () => {
    const short = { ...RATING, stepLabels: RATING.stepLabels!.slice(0, 4) };
    const both = { ...RATING, labels: { min: text('low'), max: text('high') } };
    const issues = (question: typeof RATING) =>
      checkQuestionnaire(Questionnaire.parse(buildQuestionnaireInput({ questions: [question] })));
    expect(issues(RATING)).toEqual([]);
    const [count] = issues(short);
    expect(count).toMatchObject({ pointer: '/questions/0/stepLabels' });
    expect(count!.message).toContain('5 values');
    expect(count!.message).toContain('not 4');
    expect(issues(both).map((i) => i.pointer)).toEqual(['/questions/0/labels']);
  });

  it('shows each value with its own label, numbers in the page language, and says the answer in words', () => {
    const questionnaire = Questionnaire.parse(buildQuestionnaireInput({ questions: [RATING] }));
    const question = questionnaire.questions[0]!;
    const french = (value: number) => new Intl.NumberFormat('fr').format(value);
    const labels = choicesOf(question, (t) => t.fr!, french).map((choice) => choice.label);
    expect(labels).toEqual([
      '0 · non utilisé',
      '0,5 · envisagé',
      '1 · prototypage',
      '1,5 · en test',
      '2 · opérationnel',
    ]);
    const indexed = indexedQuestion(questionnaire, 'maturity');
    expect(answerInWords(indexed, 1.5, 'fr', 'fr')).toBe('1,5 / 2 (en test)');
    expect(answerInWords(indexed, 1.5, 'en', 'fr')).toBe('1.5 / 2 (testing)');
    // Linear, as every scale: 1.5 of 0 to 2 scores three quarters.
    expect(scoreQuestion(indexed, 1.5, questionnaire.scoring).score).toBe(0.75);
  });
});
