import type { Answers } from '../answers/answer-schema.js';
import { conditionHolds } from '../answers/condition-holds.js';
import { visibleAnswers, type Visibility } from '../answers/visible-answers.js';
import { localize } from '../questionnaire/localize.js';
import type { Effort, Horizon, Impact } from '../questionnaire/primitives.js';
import {
  indexQuestionnaire,
  type QuestionnaireIndex,
} from '../questionnaire/questionnaire-index.js';
import type { Questionnaire, Recommendation } from '../questionnaire/questionnaire-schema.js';
import type { Profile } from '../scoring/profile-schema.js';
import { scoreQuestion } from '../scoring/score-question.js';
import type { ActionPlan, ActionPlanItem } from './action-plan-schema.js';

const IMPACT_VALUE: Record<Impact, number> = { low: 1, medium: 2, high: 3 };
const EFFORT_VALUE: Record<Effort, number> = { low: 1, medium: 2, high: 3 };
/** Without an explicit horizon, effort decides: little effort is a quick win. */
const HORIZON_BY_EFFORT: Record<Effort, Horizon> = {
  low: 'quickWin',
  medium: 'threeMonths',
  high: 'oneYear',
};
const HORIZON_ORDER: Record<Horizon, number> = { quickWin: 0, threeMonths: 1, oneYear: 2 };

/**
 * The recommendations that apply to these answers, ranked. A recommendation applies when its
 * trigger holds (a shown answer, or the area's score in the given band) and every context it
 * is limited to holds; an unanswered context question does not exclude it.
 *
 * @example buildActionPlan(q, answers, scoreResponse(q, answers), 'fr').items[0].horizon // 'quickWin'
 */
export function buildActionPlan(
  questionnaire: Questionnaire,
  answers: Answers,
  profile: Profile,
  locale: string,
): ActionPlan {
  const index = indexQuestionnaire(questionnaire);
  const visibility = visibleAnswers(index, answers);
  const areaScores = new Map(profile.areas.map((area) => [area.id, area.score]));
  const maxAreaWeight = Math.max(...questionnaire.areas.map((area) => area.weight));
  const areaWeights = new Map(questionnaire.areas.map((area) => [area.id, area.weight]));
  const items: Array<ActionPlanItem & { position: number }> = [];

  questionnaire.recommendations.forEach((recommendation, position) => {
    if (!contextsHold(recommendation, answers)) return;
    const gap = gapClosed(index, recommendation, visibility, areaScores.get(recommendation.area));
    if (gap === undefined) return;
    const areaWeight = (areaWeights.get(recommendation.area) ?? maxAreaWeight) / maxAreaWeight;
    const text = (t: Recommendation['title']) => localize(t, locale, questionnaire.defaultLocale);
    items.push({
      position,
      id: recommendation.id,
      areaId: recommendation.area,
      title: text(recommendation.title),
      text: text(recommendation.text),
      horizon: recommendation.horizon ?? HORIZON_BY_EFFORT[recommendation.effort],
      effort: recommendation.effort,
      impact: recommendation.impact,
      trigger: 'answer' in recommendation.trigger ? 'answer' : 'areaScore',
      gap: round3(gap),
      priority: round3(
        (gap * areaWeight * IMPACT_VALUE[recommendation.impact]) /
          EFFORT_VALUE[recommendation.effort],
      ),
      resources: recommendation.resources.map((resource) => ({
        title: text(resource.title),
        url: resource.url,
      })),
    });
  });

  items.sort(
    (a, b) =>
      HORIZON_ORDER[a.horizon] - HORIZON_ORDER[b.horizon] ||
      b.priority - a.priority ||
      a.position - b.position,
  );
  return { items: items.map(({ position: _position, ...item }) => item) };
}

function contextsHold(recommendation: Recommendation, answers: Answers): boolean {
  return (recommendation.contexts ?? []).every(
    (condition) => answers[condition.question] === undefined || conditionHolds(condition, answers),
  );
}

/**
 * The share of the area's score the recommendation could recover, or undefined when it does
 * not fire. For an answer: what the question still lacks, weighted by its share of the area.
 * For a score band: the distance from the score to the top of the band.
 */
function gapClosed(
  index: QuestionnaireIndex,
  recommendation: Recommendation,
  { shown, hidden }: Visibility,
  areaScore: number | null | undefined,
): number | undefined {
  const { trigger } = recommendation;
  if ('areaScore' in trigger) {
    if (areaScore === null || areaScore === undefined) return undefined;
    const { min, max } = trigger.areaScore;
    const inBand = areaScore >= min && (areaScore < max || (max === 100 && areaScore === 100));
    return inBand ? Math.max(0, max - areaScore) / 100 : undefined;
  }
  if (!conditionHolds(trigger.answer, shown)) return undefined;
  const indexed = index.scored.get(trigger.answer.question);
  if (!indexed) return undefined;
  const { score } = scoreQuestion(indexed, shown[indexed.question.id], index.questionnaire.scoring);
  const area = index.areas.find((a) => a.area.id === indexed.question.area);
  const areaWeight = area?.questions
    .filter((q) => !hidden.has(q.question.id))
    .reduce((sum, q) => sum + q.question.weight, 0);
  const share = areaWeight ? indexed.question.weight / areaWeight : 1;
  return (1 - (score ?? 0)) * share;
}

function round3(value: number): number {
  return Math.round(value * 1000) / 1000;
}
