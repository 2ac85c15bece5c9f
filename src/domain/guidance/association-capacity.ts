import type { Answers } from '../answers/answer-schema.js';
import { answerTo } from '../answers/answer-to.js';
import type { Capacity } from '../questionnaire/question-schema.js';
import type { Questionnaire } from '../questionnaire/questionnaire-schema.js';

export const CAPACITY_RANK: Record<Capacity, number> = { low: 1, medium: 2, high: 3 };

/**
 * The effort an association can afford, from its context answers: the lowest capacity among
 * the answered options that declare one (a large budget with no employee is still run by
 * volunteers' evenings). Null when no answer tells.
 *
 * @example associationCapacity(q, { budget: 'under10k', employees: 'some' }) // 'low'
 */
export function associationCapacity(
  questionnaire: Questionnaire,
  answers: Answers,
): Capacity | null {
  let lowest: Capacity | null = null;
  for (const question of questionnaire.contextQuestions) {
    const value = answerTo(answers, question.id);
    const capacity = question.options.find((option) => option.id === value)?.capacity;
    if (capacity && (lowest === null || CAPACITY_RANK[capacity] < CAPACITY_RANK[lowest])) {
      lowest = capacity;
    }
  }
  return lowest;
}
