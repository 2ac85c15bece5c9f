import type { Answers } from '../answers/answer-schema.js';
import { visibleAnswers } from '../answers/visible-answers.js';
import { indexQuestionnaire, type IndexedArea } from '../questionnaire/questionnaire-index.js';
import type { Questionnaire } from '../questionnaire/questionnaire-schema.js';
import { levelForScore } from './level-for-score.js';
import type { AreaProfile, AreaStatus, Profile, QuestionExplanation } from './profile-schema.js';
import { scoreQuestion } from './score-question.js';

/** Scores are reported on 0-100 with one decimal; levels are read from the rounded score. */
const SCORE_DECIMALS = 1;
const COVERAGE_DECIMALS = 4;

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
  const { shown, hidden } = visibleAnswers(index, answers);
  const areas = index.areas.map((area) => scoreArea(questionnaire, area, shown, hidden));

  let weighted = 0;
  let scoredWeight = 0;
  let coverage = 0;
  let totalWeight = 0;
  for (const area of areas) {
    totalWeight += area.weight;
    coverage += area.weight * area.coverage;
    if (area.score === null) continue;
    weighted += area.weight * area.exactScore;
    scoredWeight += area.weight;
  }
  const overallScore = scoredWeight > 0 ? round(weighted / scoredWeight, SCORE_DECIMALS) : null;
  return {
    overall: {
      score: overallScore,
      level:
        overallScore === null
          ? null
          : (levelForScore(questionnaire.levels, overallScore)?.id ?? null),
      coverage: round(coverage / totalWeight, COVERAGE_DECIMALS),
    },
    areas: areas.map(({ exactScore: _exact, ...area }) => area),
  };
}

function scoreArea(
  questionnaire: Questionnaire,
  { area, questions }: IndexedArea,
  shown: Answers,
  hidden: ReadonlySet<string>,
): AreaProfile & { exactScore: number } {
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
    const { outcome, score } = scoreQuestion(indexed, shown[id], rules);
    if (outcome !== 'unanswered') answeredWeight += weight;
    if (outcome !== 'unanswered' && outcome !== 'notApplicable') anyApplicable = true;
    if (score !== null) {
      scoredWeight += weight;
      points += weight * score;
    }
    explanations.push({ id, outcome, weight, score, contribution: null });
  }

  const coverage = shownWeight > 0 ? answeredWeight / shownWeight : 1;
  const enough = coverage >= rules.coverageThreshold;
  const exactScore = scoredWeight > 0 ? (100 * points) / scoredWeight : 0;
  const status: AreaStatus =
    shownWeight === 0
      ? 'notApplicable'
      : !enough
        ? 'insufficient'
        : scoredWeight > 0
          ? 'scored'
          : anyApplicable
            ? 'insufficient'
            : 'notApplicable';
  const score = status === 'scored' ? round(exactScore, SCORE_DECIMALS) : null;
  const level = score === null ? undefined : levelForScore(questionnaire.levels, score);
  if (status === 'scored') {
    for (const explanation of explanations) {
      if (explanation.score !== null) {
        explanation.contribution = round(
          (100 * explanation.weight * explanation.score) / scoredWeight,
          SCORE_DECIMALS,
        );
      }
    }
  }
  return {
    id: area.id,
    score,
    exactScore,
    level: level?.id ?? null,
    coverage: round(coverage, COVERAGE_DECIMALS),
    status,
    weight: area.weight,
    explanation: {
      coverageThreshold: rules.coverageThreshold,
      level: level ? { min: level.min, max: level.max } : null,
      questions: explanations,
    },
  };
}

function round(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}
