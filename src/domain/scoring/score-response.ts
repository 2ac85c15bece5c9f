import type { Answers } from '../answers/answer-schema.js';
import { answerTo } from '../answers/answer-to.js';
import { hiddenQuestions } from '../answers/hidden-questions.js';
import { indexQuestionnaire, type IndexedArea } from '../questionnaire/questionnaire-index.js';
import type { Questionnaire } from '../questionnaire/questionnaire-schema.js';
import { levelForScore } from './level-for-score.js';
import type { AreaProfile, AreaStatus, Profile, QuestionExplanation } from './profile-schema.js';
import { scoreQuestion } from './score-question.js';

/** Scores are reported on 0-100 with one decimal; levels are read from the rounded score. */
const roundScore = (value: number) => Math.round(value * 10) / 10;
const roundCoverage = (value: number) => Math.round(value * 10_000) / 10_000;

/**
 * The maturity profile of a set of answers, under the definition of the exact version they
 * answer. Pure: the same answers and definition always give the same profile.
 *
 * Rules (README, "Scoring"): a question scores points / max points in [0, 1]; an area scores
 * the weighted mean of its shown, answered, applicable questions on 0-100, provided the
 * answered share of its shown weight reaches the coverage threshold; the overall index is the
 * weighted mean of the scored areas.
 *
 * @example scoreResponse(questionnaire, { q1: 'yes' }).overall // { score: 100, level: 'expert', coverage: 1 }
 */
export function scoreResponse(questionnaire: Questionnaire, answers: Answers): Profile {
  const index = indexQuestionnaire(questionnaire);
  const hidden = hiddenQuestions(index, answers);
  const areas: AreaProfile[] = [];
  let weighted = 0;
  let scoredWeight = 0;
  let coverage = 0;
  let totalWeight = 0;
  for (const indexedArea of index.areas) {
    const { profile, exactScore } = scoreArea(questionnaire, indexedArea, answers, hidden);
    areas.push(profile);
    totalWeight += profile.weight;
    coverage += profile.weight * profile.coverage;
    if (profile.score === null) continue;
    weighted += profile.weight * exactScore;
    scoredWeight += profile.weight;
  }
  const overallScore = scoredWeight > 0 ? roundScore(weighted / scoredWeight) : null;
  return {
    overall: {
      score: overallScore,
      level:
        overallScore === null
          ? null
          : (levelForScore(questionnaire.levels, overallScore)?.id ?? null),
      coverage: roundCoverage(coverage / totalWeight),
    },
    areas,
  };
}

/**
 * One area's profile, exactly as scoreResponse reports it, without scoring the other areas (the
 * conditions still read every answer): for a caller that tries many answers on one area.
 */
export function scoreOneArea(
  questionnaire: Questionnaire,
  areaId: string,
  answers: Answers,
): AreaProfile | undefined {
  const index = indexQuestionnaire(questionnaire);
  const indexedArea = index.areas.find(({ area }) => area.id === areaId);
  if (!indexedArea) return undefined;
  return scoreArea(questionnaire, indexedArea, answers, hiddenQuestions(index, answers)).profile;
}

function scoreArea(
  questionnaire: Questionnaire,
  { area, questions }: IndexedArea,
  answers: Answers,
  hidden: ReadonlySet<string>,
): { profile: AreaProfile; exactScore: number } {
  const rules = questionnaire.scoring;
  const explanations: QuestionExplanation[] = [];
  let shownWeight = 0;
  let answeredWeight = 0;
  let scoredWeight = 0;
  let points = 0;
  let anyApplicable = false;
  for (const indexed of questions) {
    const { id, weight } = indexed.question;
    if (hidden.has(id)) {
      explanations.push({ id, outcome: 'hidden', weight, score: null, contribution: null });
      continue;
    }
    shownWeight += weight;
    const { outcome, score } = scoreQuestion(indexed, answerTo(answers, id), rules);
    if (outcome !== 'unanswered') answeredWeight += weight;
    if (outcome !== 'unanswered' && outcome !== 'notApplicable') anyApplicable = true;
    if (score !== null) {
      scoredWeight += weight;
      points += weight * score;
    }
    explanations.push({ id, outcome, weight, score, contribution: null });
  }

  // Compared rounded, as reported: 1.2 / 1.6 must meet a 0.75 threshold.
  const coverage = shownWeight > 0 ? roundCoverage(answeredWeight / shownWeight) : 1;
  const allNotApplicable = answeredWeight === shownWeight && !anyApplicable;
  const status: AreaStatus =
    shownWeight === 0 || allNotApplicable
      ? 'notApplicable'
      : coverage < rules.coverageThreshold || scoredWeight === 0
        ? 'insufficient'
        : 'scored';
  const exactScore = scoredWeight > 0 ? (100 * points) / scoredWeight : 0;
  const score = status === 'scored' ? roundScore(exactScore) : null;
  const level = score === null ? undefined : levelForScore(questionnaire.levels, score);
  if (score !== null) {
    for (const explanation of explanations) {
      if (explanation.score !== null) {
        explanation.contribution = roundScore(
          (100 * explanation.weight * explanation.score) / scoredWeight,
        );
      }
    }
  }
  return {
    exactScore,
    profile: {
      id: area.id,
      score,
      level: level?.id ?? null,
      coverage,
      status,
      weight: area.weight,
      explanation: {
        coverageThreshold: rules.coverageThreshold,
        level: level ? { min: level.min, max: level.max } : null,
        questions: explanations,
      },
    },
  };
}
