import type { Answers } from '../answers/answer-schema.js';
import { validateAnswers } from '../answers/validate-answers.js';
import type { Questionnaire } from '../questionnaire/questionnaire-schema.js';

export interface CarriedOverAnswers {
  /** The earlier answers that still fit a question of the new definition. */
  answers: Answers;
  /** Ids of the earlier answers left behind: their question is gone or no longer takes them. */
  dropped: string[];
}

/**
 * The starting point of a diagnosis taken again: each earlier answer whose question still
 * exists (by id) and still accepts it (its options, its scale) is kept; the rest is left
 * behind, never guessed. The association reviews every carried answer before it submits.
 *
 * @example carryOverAnswers(v110, { site: 'yes', removed: 'x' }) // { answers: { site: 'yes' }, dropped: ['removed'] }
 */
export function carryOverAnswers(next: Questionnaire, previous: Answers): CarriedOverAnswers {
  const answers: Answers = {};
  const dropped: string[] = [];
  for (const [questionId, value] of Object.entries(previous)) {
    if (validateAnswers(next, { [questionId]: value }).length === 0) answers[questionId] = value;
    else dropped.push(questionId);
  }
  return { answers, dropped };
}
