import type { Answers, AnswersPatch } from './answer-schema.js';

/**
 * Applies a patch: a value replaces the answer, `null` removes it.
 *
 * @example mergeAnswers({ a: 'x', b: 'y' }, { a: null, c: 2 }) // { b: 'y', c: 2 }
 */
export function mergeAnswers(answers: Answers, patch: AnswersPatch): Answers {
  const merged: Answers = { ...answers };
  for (const [questionId, value] of Object.entries(patch)) {
    if (value === null) delete merged[questionId];
    else merged[questionId] = value;
  }
  return merged;
}
