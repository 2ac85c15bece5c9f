import type { Answers, AnswerValue } from './answer-schema.js';

/**
 * The answer to one question, or `undefined` when it has none. Only the answers' own keys
 * count: a question whose id is "constructor" is not answered by what every object inherits.
 *
 * @example answerTo({ site: 'yes' }, 'site') // 'yes'
 * @example answerTo({}, 'constructor') // undefined
 */
export function answerTo(answers: Answers, questionId: string): AnswerValue | undefined {
  return Object.hasOwn(answers, questionId) ? answers[questionId] : undefined;
}
