import type { Answers } from '../answers/answer-schema.js';
import { hiddenQuestions } from '../answers/hidden-questions.js';
import { indexQuestionnaire } from '../questionnaire/questionnaire-index.js';
import type { Questionnaire } from '../questionnaire/questionnaire-schema.js';
import { scoreQuestion } from '../scoring/score-question.js';
import { spreadOf } from './team-statistics.js';

/**
 * A question is a topic for the board to discuss when its members' scores on it are at least
 * this far apart: a population standard deviation of 25 points out of 100 (three members at
 * 0, 50 and 50 stay under it, at 23.6; one at 0 and one at 50 reach it exactly).
 */
export const DISCUSSION_THRESHOLD = 25;

/** How many of the most divergent questions a team view lists. */
export const DIVERGENT_QUESTIONS_SHOWN = 5;

export interface QuestionDivergence {
  questionId: string;
  areaId: string;
  /** Members whose answer scored (not hidden, not "not applicable", not an excluded "I don't know"). */
  n: number;
  /** Population standard deviation of the members' scores on the question, 0-100, one decimal. */
  divergence: number;
  toDiscuss: boolean;
  /**
   * How many members gave each answer: an option id (each ticked option of a multiple choice),
   * or a scale value written as a string. Never who gave it.
   */
  distribution: Array<{ answer: string; count: number }>;
}

/**
 * The scored questions on which the members disagree most. A question's divergence is the
 * population standard deviation of its score (points over the question's maximum, as 0-100)
 * over the members whose answer scored; it needs two of them. Context questions carry no score
 * and are left out. Sorted by divergence (most first), then in the questionnaire's order; only
 * questions with some disagreement (divergence above 0) are kept, at most `limit`.
 *
 * @example divergentQuestions(q, [{ site: 'yes' }, { site: 'no' }])[0] // { questionId: 'site', n: 2, divergence: 50, toDiscuss: true, distribution: [{ answer: 'no', count: 1 }, { answer: 'yes', count: 1 }] }
 */
export function divergentQuestions(
  questionnaire: Questionnaire,
  members: readonly Answers[],
  limit = DIVERGENT_QUESTIONS_SHOWN,
): QuestionDivergence[] {
  const index = indexQuestionnaire(questionnaire);
  const hidden = members.map((answers) => hiddenQuestions(index, answers));
  const found: QuestionDivergence[] = [];
  for (const [questionId, indexed] of index.scored) {
    const scores: number[] = [];
    const counts = new Map<string, number>();
    members.forEach((answers, member) => {
      if (hidden[member]!.has(questionId)) return;
      const value = answers[questionId];
      const { score } = scoreQuestion(indexed, value, questionnaire.scoring);
      if (score === null || value === undefined) return;
      scores.push(score * 100);
      for (const answer of Array.isArray(value) ? value : [String(value)]) {
        counts.set(answer, (counts.get(answer) ?? 0) + 1);
      }
    });
    if (scores.length < 2) continue;
    const divergence = spreadOf(scores).stdDev!;
    if (divergence <= 0) continue;
    found.push({
      questionId,
      areaId: indexed.question.area,
      n: scores.length,
      divergence,
      toDiscuss: divergence >= DISCUSSION_THRESHOLD,
      distribution: distributionInOrder(indexed.question, counts),
    });
  }
  // A stable sort keeps the questionnaire's order among equal divergences.
  return found.sort((a, b) => b.divergence - a.divergence).slice(0, limit);
}

/** Counts in the order the question offers its answers (a scale's values in ascending order). */
function distributionInOrder(
  question: Questionnaire['questions'][number],
  counts: ReadonlyMap<string, number>,
): Array<{ answer: string; count: number }> {
  const order =
    question.type === 'scale'
      ? [...counts.keys()].sort((a, b) => Number(a) - Number(b))
      : [
          ...question.options.map((option) => option.id),
          ...[...counts.keys()].filter((key) => !question.options.some((o) => o.id === key)),
        ];
  return order
    .filter((answer) => counts.has(answer))
    .map((answer) => ({ answer, count: counts.get(answer)! }));
}
