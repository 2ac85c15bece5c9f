import type { QuestionnaireIndex } from '../questionnaire/questionnaire-index.js';
import type { Answers } from './answer-schema.js';
import { conditionHolds } from './condition-holds.js';

export interface Visibility {
  /** The answers that count: those of the questions shown. */
  shown: Answers;
  /** Scored questions hidden by their condition. */
  hidden: ReadonlySet<string>;
}

const NOTHING_HIDDEN: ReadonlySet<string> = new Set();

/**
 * Which questions are shown under these answers. A question is hidden when its condition
 * fails, or when the question its condition reads is itself hidden; so an answer given before
 * a question was hidden never scores.
 *
 * @example visibleAnswers(index, { site: 'no', siteUpdates: 'weekly' }).hidden // Set { 'siteUpdates' }
 */
export function visibleAnswers(index: QuestionnaireIndex, answers: Answers): Visibility {
  if (!index.hasConditions) return { shown: answers, hidden: NOTHING_HIDDEN };
  const shown: Answers = {};
  const hidden = new Set<string>();
  for (const question of index.questionnaire.contextQuestions) {
    const value = answers[question.id];
    if (value !== undefined) shown[question.id] = value;
  }
  for (const question of index.questionnaire.questions) {
    if (question.showIf && !conditionHolds(question.showIf, shown)) {
      hidden.add(question.id);
      continue;
    }
    const value = answers[question.id];
    if (value !== undefined) shown[question.id] = value;
  }
  return { shown, hidden };
}
