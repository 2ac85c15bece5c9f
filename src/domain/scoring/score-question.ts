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
  if (value === undefined) return UNANSWERED;
  const { question, options, maxPoints } = indexed;
  let points = 0;
  if (typeof value === 'number') {
    if (question.type !== 'scale') return UNANSWERED;
    points = value - question.min;
  } else {
    // The shape must fit the type: answers carried over from another version may not.
    if (Array.isArray(value) !== (question.type === 'multiple')) return UNANSWERED;
    // One lookup serves both cases: a special option ("not applicable", "I don't know") or points.
    const first = typeof value === 'string' ? value : value[0];
    const option = first === undefined ? undefined : options.get(first);
    if (!option) return UNANSWERED;
    if ('kind' in option) {
      if (option.kind === 'notApplicable') return NOT_APPLICABLE;
      const rule = question.dontKnow ?? rules.dontKnow;
      return { outcome: 'dontKnow', score: rule === 'exclude' ? null : lowestScore(indexed) };
    }
    if (typeof value === 'string') points = option.points;
    else {
      for (const id of value) {
        const ticked = options.get(id);
        if (ticked && 'points' in ticked) points += ticked.points;
      }
    }
  }
  return { outcome: 'scored', score: Math.min(1, Math.max(0, points / maxPoints)) };
}

const UNANSWERED: QuestionScore = Object.freeze({ outcome: 'unanswered', score: null });
const NOT_APPLICABLE: QuestionScore = Object.freeze({ outcome: 'notApplicable', score: null });

/** The lowest score an answer can get: the poorest option for single choice, 0 otherwise. */
function lowestScore({ question, maxPoints }: IndexedScoredQuestion): number {
  if (question.type !== 'single') return 0;
  let lowest = Infinity;
  for (const option of question.options) {
    if ('points' in option && option.points < lowest) lowest = option.points;
  }
  return lowest === Infinity ? 0 : lowest / maxPoints;
}
