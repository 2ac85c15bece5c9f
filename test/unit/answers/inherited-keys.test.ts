import { describe, expect, it } from 'vitest';
import {
  answerTo,
  conditionHolds,
  scoreResponse,
  unansweredRequired,
} from '../../../src/domain/index.js';
import {
  buildQuestionnaire,
  contextQuestion,
  singleQuestion,
} from '../../support/build-questionnaire.js';

// "constructor" is a valid question id (lower-case letters), and every plain object inherits a
// property of that name: an unanswered question called so must not read as answered.
const questionnaire = buildQuestionnaire({
  contextQuestions: [contextQuestion('constructor', ['small', 'large'], { required: true })],
  questions: [
    singleQuestion('site'),
    singleQuestion('updates', { showIf: { question: 'constructor', anyOf: ['large'] } }),
  ],
});

describe('a question whose id every object inherits ("constructor")', () => {
  it('when it has no answer, then answerTo says so, and says what it is once answered', () => {
    expect(answerTo({}, 'constructor')).toBeUndefined();
    expect(answerTo({ constructor: 'large' }, 'constructor')).toBe('large');
    expect(answerTo({ site: 'yes' }, 'toString')).toBeUndefined();
  });

  it('when it is required and unanswered, then it is listed as unanswered', () => {
    expect(unansweredRequired(questionnaire, {})).toEqual(['constructor', 'site']);
  });

  it('when it is unanswered, then no condition on it holds', () => {
    expect(conditionHolds({ question: 'constructor', anyOf: ['large'] }, {})).toBe(false);
    expect(conditionHolds({ question: 'constructor', min: 0 }, {})).toBe(false);
  });

  it('when a scored question is called so and left unanswered, then scoring counts it unanswered', () => {
    const scored = buildQuestionnaire({ questions: [singleQuestion('constructor')] });

    const profile = scoreResponse(scored, {});

    expect(profile.areas[0]!.explanation.questions).toEqual([
      expect.objectContaining({ id: 'constructor', outcome: 'unanswered', score: null }),
    ]);
    expect(profile.areas[0]!.coverage).toBe(0);
  });
});
