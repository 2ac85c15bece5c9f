import type { QuestionnaireIndex } from '../questionnaire/questionnaire-index.js';
import type { Answers } from './answer-schema.js';
import { conditionHolds } from './condition-holds.js';

const NOTHING_HIDDEN: ReadonlySet<string> = new Set();

/**
 * The scored questions hidden under these answers. A question is hidden when its condition
 * fails, or when the question its condition reads is itself hidden; so an answer given before
 * a question was hidden never scores. Conditions only read earlier questions, so one pass in
 * document order settles every chain.
 *
 * @example hiddenQuestions(index, { site: 'no', siteUpdates: 'weekly' }) // Set { 'siteUpdates' }
 */
export function hiddenQuestions(index: QuestionnaireIndex, answers: Answers): ReadonlySet<string> {
  if (index.conditional.length === 0) return NOTHING_HIDDEN;
  const hidden = new Set<string>();
  for (const question of index.conditional) {
    const condition = question.showIf!;
    if (hidden.has(condition.question) || !conditionHolds(condition, answers))
      hidden.add(question.id);
  }
  return hidden;
}

/**
 * Whether a condition holds on the answers as shown: an answer to a hidden question counts as
 * no answer.
 */
export function conditionHoldsWhenShown(
  condition: Parameters<typeof conditionHolds>[0],
  answers: Answers,
  hidden: ReadonlySet<string>,
): boolean {
  return !hidden.has(condition.question) && conditionHolds(condition, answers);
}
