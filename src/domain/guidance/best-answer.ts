import type { AnswerValue } from '../answers/answer-schema.js';
import { isSpecialOption } from '../questionnaire/is-special-option.js';
import type { IndexedScoredQuestion } from '../questionnaire/questionnaire-index.js';

/**
 * The answer that scores a question fully: the first option with the most points, every box
 * that scores (or the exclusive one, when it alone scores more), or the top of a scale.
 *
 * @example bestAnswer(indexedQuestion(q, 'site')) // 'yes'
 */
export function bestAnswer({ question, maxPoints }: IndexedScoredQuestion): AnswerValue {
  if (question.type === 'scale') return question.max;
  const scoring = question.options.flatMap((o) => (isSpecialOption(o) ? [] : [o]));
  if (question.type === 'single') {
    return scoring.find((o) => o.points === maxPoints)!.id;
  }
  const boxes = scoring.filter((o) => !('exclusive' in o && o.exclusive) && o.points > 0);
  const together = boxes.reduce((sum, o) => sum + o.points, 0);
  if (together >= maxPoints) return boxes.map((o) => o.id);
  return [scoring.find((o) => 'exclusive' in o && o.exclusive && o.points === maxPoints)!.id];
}
