import type { Questionnaire } from '../questionnaire/questionnaire-schema.js';
import { indexQuestionnaire } from '../questionnaire/questionnaire-index.js';
import type { Answers } from './answer-schema.js';
import { answerTo } from './answer-to.js';
import { hiddenQuestions } from './hidden-questions.js';

/**
 * Ids of the required questions, shown under these answers, that have no answer yet, in the
 * order of the questionnaire. A hidden required question is not required.
 *
 * @example unansweredRequired(q, {}) // ['budget', 'q1', ...]
 */
export function unansweredRequired(questionnaire: Questionnaire, answers: Answers): string[] {
  const hidden = hiddenQuestions(indexQuestionnaire(questionnaire), answers);
  return [...questionnaire.contextQuestions, ...questionnaire.questions]
    .filter((q) => q.required && !hidden.has(q.id) && answerTo(answers, q.id) === undefined)
    .map((q) => q.id);
}
