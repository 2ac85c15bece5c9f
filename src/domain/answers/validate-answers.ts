import type { DocumentIssue } from '../questionnaire/document-issue.js';
import { toPointer } from '../questionnaire/document-issue.js';
import {
  indexQuestionnaire,
  type IndexedScoredQuestion,
} from '../questionnaire/questionnaire-index.js';
import { isSpecialOption } from '../questionnaire/is-special-option.js';
import { isScaleValue } from '../questionnaire/scale-values.js';
import type { Questionnaire } from '../questionnaire/questionnaire-schema.js';
import type { AnswersPatch, AnswerValue } from './answer-schema.js';

/**
 * Checks each answer of a patch against the definition and returns every problem, each
 * pointing at `/answers/<questionId>`. `null` (clear) is valid for any known question.
 *
 * @example validateAnswers(q, { q12: 'maybe' }) // [{ pointer: '/answers/q12', message: '"maybe" is not an option of question "q12"' }]
 */
export function validateAnswers(
  questionnaire: Questionnaire,
  patch: AnswersPatch,
): DocumentIssue[] {
  const index = indexQuestionnaire(questionnaire);
  const issues: DocumentIssue[] = [];
  for (const [questionId, value] of Object.entries(patch)) {
    const pointer = toPointer(['answers', questionId]);
    const context = index.context.get(questionId);
    const scored = index.scored.get(questionId);
    let message: string | undefined;
    if (!context && !scored) message = `"${questionId}" is not a question of this questionnaire`;
    else if (value === null) message = undefined;
    else if (context) {
      if (typeof value !== 'string') message = 'expected one option id (a string)';
      else if (!context.options.has(value)) {
        message = `"${value}" is not an option of question "${questionId}"`;
      }
    } else if (scored) message = problemWithScoredAnswer(scored, value);
    if (message) issues.push({ pointer, message });
  }
  return issues;
}

function problemWithScoredAnswer(
  { question, options }: IndexedScoredQuestion,
  value: AnswerValue,
): string | undefined {
  const notAnOption = (id: string) => `"${id}" is not an option of question "${question.id}"`;
  switch (question.type) {
    case 'single':
      if (Array.isArray(value)) return 'this question takes a single option id, not a list';
      if (typeof value !== 'string') return 'expected one option id (a string)';
      return options.has(value) ? undefined : notAnOption(value);
    case 'multiple': {
      if (!Array.isArray(value)) return 'expected a list of option ids';
      if (value.length === 0) return 'tick at least one option, or send null to clear the answer';
      const unknown = value.find((id) => !options.has(id));
      if (unknown !== undefined) return notAnOption(unknown);
      if (new Set(value).size !== value.length) return 'an option is listed twice';
      const alone = value.find((id) => {
        const option = options.get(id)!;
        return isSpecialOption(option) || ('exclusive' in option && option.exclusive === true);
      });
      if (alone !== undefined && value.length > 1) {
        return `"${alone}" cannot be ticked together with other options`;
      }
      return undefined;
    }
    case 'scale':
      if (typeof value === 'string') return options.has(value) ? undefined : notAnOption(value);
      if (typeof value !== 'number' || !Number.isFinite(value)) {
        return `expected a number from ${question.min} to ${question.max}`;
      }
      if (value < question.min || value > question.max) {
        return `${value} is outside the scale, which goes from ${question.min} to ${question.max}`;
      }
      if (!isScaleValue(question, value)) {
        return `${value} is not on the scale, which moves in steps of ${question.step}`;
      }
      return undefined;
  }
}
