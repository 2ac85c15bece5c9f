import type { Answers } from '../answers/answer-schema.js';
import { answerTo } from '../answers/answer-to.js';
import { hiddenQuestions } from '../answers/hidden-questions.js';
import { isSpecialOption } from '../questionnaire/is-special-option.js';
import { indexQuestionnaire } from '../questionnaire/questionnaire-index.js';
import type { ScoredQuestion } from '../questionnaire/question-schema.js';
import type { Questionnaire } from '../questionnaire/questionnaire-schema.js';
import { scaleValues } from '../questionnaire/scale-values.js';
import { scoreQuestion } from '../scoring/score-question.js';

/** How many questions a workshop's agenda puts before the room: enough for a two-hour session. */
export const AGENDA_QUESTIONS = 5;

/** Below this many shared responses there is nothing to compare: the agenda says so instead. */
export const AGENDA_MIN_RESPONSES = 2;

/**
 * A scale's distribution lists every value, chosen or not, when it has at most this many (1 to
 * 5, 0 to 10); a longer scale lists only the values given, or its table would not fit.
 */
const SCALE_VALUES_LISTED = 11;

/** A submitted response, as the agenda reads it: its answers, and whether it may be read. */
export interface AgendaResponse {
  answers: Answers;
  /** The participant agreed, when joining, that the facilitator may see its answers. */
  shareAnswers: boolean;
}

/** One question the group disagrees on. Counts only, never who gave which answer. */
export interface AgendaQuestion {
  questionId: string;
  areaId: string;
  /** How many of the shared responses gave this question an answer that scores. */
  answered: number;
  /**
   * The mean absolute difference between the scores of two of those responses, 0 (all alike)
   * to 1 (the best and the worst answer), three decimals.
   */
  disagreement: number;
  /** How many different answers were given (a multiple choice's set of ticks is one answer). */
  distinctAnswers: number;
  /**
   * How many responses chose each answer the question offers, in the question's order: option
   * ids (each ticked box of a multiple choice counts), or a scale's values written as strings.
   * "Not applicable" and "I don't know" are left out, as they are of the measure.
   */
  distribution: Array<{ answer: string; count: number }>;
}

export interface DiscussionAgenda {
  /** How many responses the agenda rests on: the shared ones, and only those. */
  basis: number;
  /** Whether there were enough of them (AGENDA_MIN_RESPONSES) to compare anything. */
  enough: boolean;
  /** Most disagreement first; empty when not enough, or when every answer agrees. */
  questions: AgendaQuestion[];
}

/**
 * The questions a workshop's group disagrees on most: what the room should talk about.
 *
 * Only the responses whose participants agreed to share their answers are read: every count
 * shown is then made of answers the facilitator may see anyway, so no count, however combined
 * with the dashboard's other figures, can reveal the answer of a participant who did not agree.
 *
 * The measure is the mean absolute difference between two responses (Gini's mean difference)
 * of each response's score on the question, as the engine scores it (points over the
 * question's maximum, 0-1, `scoreQuestion`):
 *
 *     disagreement = Σ over pairs i < j of |score_i − score_j| / (n (n − 1) / 2)
 *
 * It reads as one sentence a facilitator can say: "two associations taken at random are, on
 * average, this far apart on this question". Two at opposite ends give 1, all alike 0; four
 * split two at the best and two at the worst give 4 / 6 = 0.667. A standard deviation (the
 * dashboard's per-area spread) ranks much the same but peaks at 0.5 and has no such reading.
 *
 * Left out of a question: responses that did not answer it, that found it hidden by its
 * condition, or that answered "not applicable" or "I don't know" (whatever the scoring rule
 * for the latter: a "don't know" is not an opinion to weigh against the others). A question
 * needs two answers that score, and some disagreement, to rank. Ties go to the question with
 * more distinct answers, then to the earlier one in the questionnaire. Context questions carry
 * no score and never rank.
 *
 * @example
 * discussionAgenda(q, [
 *   { answers: { site: 'yes' }, shareAnswers: true },
 *   { answers: { site: 'no' }, shareAnswers: true },
 * ]).questions[0] // { questionId: 'site', answered: 2, disagreement: 1, distinctAnswers: 2, ... }
 */
export function discussionAgenda(
  questionnaire: Questionnaire,
  responses: readonly AgendaResponse[],
  limit = AGENDA_QUESTIONS,
): DiscussionAgenda {
  const shared = responses.filter((response) => response.shareAnswers);
  const basis = shared.length;
  if (basis < AGENDA_MIN_RESPONSES) return { basis, enough: false, questions: [] };
  const index = indexQuestionnaire(questionnaire);
  const hidden = shared.map(({ answers }) => hiddenQuestions(index, answers));
  const found: AgendaQuestion[] = [];
  for (const [questionId, indexed] of index.scored) {
    const scores: number[] = [];
    const counts = new Map<string, number>();
    const distinct = new Set<string>();
    for (let i = 0; i < basis; i++) {
      if (hidden[i]!.has(questionId)) continue;
      const value = answerTo(shared[i]!.answers, questionId);
      const { outcome, score } = scoreQuestion(indexed, value, questionnaire.scoring);
      if (outcome !== 'scored' || score === null || value === undefined) continue;
      scores.push(score);
      if (!Array.isArray(value)) {
        const answer = String(value);
        distinct.add(answer);
        counts.set(answer, (counts.get(answer) ?? 0) + 1);
        continue;
      }
      // A box ticked twice counts once; boxes the question does not offer, not at all.
      const ticked = [...new Set(value)].filter((id) => indexed.options.has(id)).sort();
      distinct.add(ticked.join('\u0000'));
      for (const answer of ticked) counts.set(answer, (counts.get(answer) ?? 0) + 1);
    }
    if (scores.length < 2) continue;
    const disagreement = meanAbsoluteDifference(scores);
    if (disagreement <= 0) continue;
    found.push({
      questionId,
      areaId: indexed.question.area,
      answered: scores.length,
      disagreement,
      distinctAnswers: distinct.size,
      distribution: distributionOf(indexed.question, counts),
    });
  }
  // A stable sort: equal measures and equal distinct answers keep the questionnaire's order.
  found.sort((a, b) => b.disagreement - a.disagreement || b.distinctAnswers - a.distinctAnswers);
  return { basis, enough: true, questions: found.slice(0, limit) };
}

/**
 * Gini's mean difference over distinct pairs, in O(n log n): once sorted, the k-th smallest of
 * n scores is the larger of k pairs and the smaller of n − 1 − k. Rounded to three decimals so
 * that two questions split alike tie exactly, whatever the order of the additions.
 */
function meanAbsoluteDifference(scores: number[]): number {
  const sorted = [...scores].sort((a, b) => a - b);
  const n = sorted.length;
  let sum = 0;
  sorted.forEach((score, k) => {
    sum += score * (2 * k - n + 1);
  });
  return Math.round((sum / ((n * (n - 1)) / 2)) * 1000) / 1000;
}

/** Every answer the question offers with its count, in the question's order. */
function distributionOf(
  question: ScoredQuestion,
  counts: ReadonlyMap<string, number>,
): Array<{ answer: string; count: number }> {
  let offered: string[];
  if (question.type === 'scale') {
    const values = scaleValues(question);
    offered =
      values.length <= SCALE_VALUES_LISTED
        ? values.map(String)
        : [...counts.keys()].sort((a, b) => Number(a) - Number(b));
  } else {
    offered = question.options.filter((o) => !isSpecialOption(o)).map((o) => o.id);
  }
  return offered.map((answer) => ({ answer, count: counts.get(answer) ?? 0 }));
}
