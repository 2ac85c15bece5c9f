import type { AnswerValue } from '../answers/answer-schema.js';
import type { IndexedScoredQuestion } from '../questionnaire/questionnaire-index.js';
import type { ScoringRules } from '../questionnaire/questionnaire-schema.js';
import type { QuestionOutcome } from './profile-schema.js';

export interface QuestionScore {
  outcome: Exclude<QuestionOutcome, 'hidden'>;
  /** In [0, 1]; null when the answer does not count (not applicable, excluded "I don't know"). */
  score: number | null;
}

/**
 * A question's score: its points over its maximum points, in [0, 1]. "I don't know" scores the
 * lowest the question allows, unless the rules leave it out.
 *
 * @example scoreQuestion(yesNo, 'yes', rules) // { outcome: 'scored', score: 1 }
 */
export function scoreQuestion(
  indexed: IndexedScoredQuestion,
  value: AnswerValue | undefined,
  rules: ScoringRules,
): QuestionScore {
  if (value === undefined) return { outcome: 'unanswered', score: null };
  const { question, options, maxPoints } = indexed;
  const special = specialKind(indexed, value);
  if (special === 'notApplicable') return { outcome: 'notApplicable', score: null };
  if (special === 'dontKnow') {
    const rule = question.dontKnow ?? rules.dontKnow;
    return { outcome: 'dontKnow', score: rule === 'exclude' ? null : lowestScore(indexed) };
  }
  let points: number;
  if (question.type === 'scale') {
    if (typeof value !== 'number') return { outcome: 'unanswered', score: null };
    points = value - question.min;
  } else if (question.type === 'single') {
    const option = typeof value === 'string' ? options.get(value) : undefined;
    if (!option || !('points' in option)) return { outcome: 'unanswered', score: null };
    points = option.points;
  } else {
    if (!Array.isArray(value)) return { outcome: 'unanswered', score: null };
    points = 0;
    for (const id of value) {
      const option = options.get(id);
      if (option && 'points' in option) points += option.points;
    }
  }
  return { outcome: 'scored', score: Math.min(1, Math.max(0, points / maxPoints)) };
}

function specialKind(
  { options }: IndexedScoredQuestion,
  value: AnswerValue,
): 'notApplicable' | 'dontKnow' | undefined {
  const id = typeof value === 'string' ? value : Array.isArray(value) ? value[0] : undefined;
  if (id === undefined) return undefined;
  const option = options.get(id);
  return option && 'kind' in option ? option.kind : undefined;
}

/** The lowest score an answer can get: the poorest option for single choice, 0 otherwise. */
function lowestScore({ question, maxPoints }: IndexedScoredQuestion): number {
  if (question.type !== 'single') return 0;
  let lowest = Infinity;
  for (const option of question.options) {
    if ('points' in option && option.points < lowest) lowest = option.points;
  }
  return lowest === Infinity ? 0 : lowest / maxPoints;
}
