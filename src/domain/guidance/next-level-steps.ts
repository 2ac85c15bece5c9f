import type { Answers } from '../answers/answer-schema.js';
import { answerTo } from '../answers/answer-to.js';
import { hiddenQuestions } from '../answers/hidden-questions.js';
import { localize } from '../questionnaire/localize.js';
import { indexQuestionnaire } from '../questionnaire/questionnaire-index.js';
import type { Questionnaire } from '../questionnaire/questionnaire-schema.js';
import { answerInWords } from '../scoring/answer-in-words.js';
import { levelForScore } from '../scoring/level-for-score.js';
import { scoreQuestion } from '../scoring/score-question.js';
import { scoreOneArea } from '../scoring/score-response.js';
import { bestAnswer } from './best-answer.js';
import type { NextLevel, NextLevelStep } from './guidance-schema.js';

/** A few answers, not a second questionnaire: the results show at most this many. */
export const MAX_STEPS = 3;

/**
 * What would move an area to the next level: that level, the points it needs, and up to three
 * answers that would raise the area's score to its min. Chosen greedily: at each step, of the
 * area's shown questions not yet fully scored (unanswered, "I don't know" or a weaker answer;
 * "not applicable" is the association's own call and stays), the one whose best answer adds
 * the most points once the whole response is scored again (conditions and coverage included);
 * ties go to document order. Stops when the level is reached. Null at the top level and for an
 * area without a score.
 *
 * @example nextLevelSteps(q, { site: 'no', news: 'yes' }, 'comms', 'en')
 *   // { levelId: 'expert', pointsNeeded: 25, steps: [{ questionId: 'site', answer: 'yes', points: 50, ... }], reached: true, ... }
 */
export function nextLevelSteps(
  questionnaire: Questionnaire,
  answers: Answers,
  areaId: string,
  locale: string,
): NextLevel | null {
  const index = indexQuestionnaire(questionnaire);
  const fallback = questionnaire.defaultLocale;
  const areaScore = (given: Answers) => scoreOneArea(questionnaire, areaId, given)?.score ?? null;
  const start = areaScore(answers);
  if (start === null) return null;
  const levels = questionnaire.levels;
  const current = levelForScore(levels, start);
  const next = current && levels[levels.indexOf(current) + 1];
  if (!next) return null;

  const questions = index.areas.find(({ area }) => area.id === areaId)?.questions ?? [];
  const steps: NextLevelStep[] = [];
  // One working copy, each candidate tried in place and put back: copying every answer for
  // every candidate cost a hundred times the scoring itself.
  const given: Record<string, Answers[string]> = { ...answers };
  let score = start;
  while (steps.length < MAX_STEPS && score < next.min) {
    const hidden = hiddenQuestions(index, given);
    let best: { step: NextLevelStep; score: number } | undefined;
    for (const indexed of questions) {
      const { id } = indexed.question;
      if (hidden.has(id) || steps.some((step) => step.questionId === id)) continue;
      const outcome = scoreQuestion(indexed, answerTo(given, id), questionnaire.scoring);
      if (outcome.outcome === 'notApplicable' || outcome.score === 1) continue;
      const value = bestAnswer(indexed);
      const before = given[id];
      given[id] = value;
      const after = areaScore(given);
      if (before === undefined) delete given[id];
      else given[id] = before;
      if (after === null || after <= score || (best && after <= best.score)) continue;
      best = {
        score: after,
        step: {
          questionId: id,
          question: localize(indexed.question.title, locale, fallback),
          value,
          answer: answerInWords(indexed, value, locale, fallback),
          points: round1(after - score),
        },
      };
    }
    if (!best) break;
    steps.push(best.step);
    given[best.step.questionId] = best.step.value;
    score = best.score;
  }
  return {
    levelId: next.id,
    title: localize(next.title, locale, fallback),
    min: next.min,
    pointsNeeded: round1(next.min - start),
    steps,
    reached: score >= next.min,
  };
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}
