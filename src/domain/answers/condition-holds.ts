import type { Condition } from '../questionnaire/condition-schema.js';
import type { Answers } from './answer-schema.js';
import { answerTo } from './answer-to.js';

/**
 * Whether a condition holds for the given answers. An unanswered question never satisfies
 * a condition.
 *
 * @example conditionHolds({ question: 'site', anyOf: ['yes'] }, { site: 'yes' }) // true
 */
export function conditionHolds(condition: Condition, answers: Answers): boolean {
  const value = answerTo(answers, condition.question);
  if (value === undefined) return false;
  if ('anyOf' in condition) {
    if (typeof value === 'string') return condition.anyOf.includes(value);
    if (Array.isArray(value)) return value.some((id) => condition.anyOf.includes(id));
    return false;
  }
  if (typeof value !== 'number') return false;
  return (
    (condition.min === undefined || value >= condition.min) &&
    (condition.max === undefined || value <= condition.max)
  );
}
