import type { Answers } from '../answers/answer-schema.js';
import { answerTo } from '../answers/answer-to.js';
import { conditionHolds } from '../answers/condition-holds.js';
import { conditionHoldsWhenShown, hiddenQuestions } from '../answers/hidden-questions.js';
import { localize } from '../questionnaire/localize.js';
import type { Effort, Horizon, Impact, LocalizedText } from '../questionnaire/primitives.js';
import { indexQuestionnaire } from '../questionnaire/questionnaire-index.js';
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
 * Ranking, within each horizon (quick wins, three months, a year): priority = gap x relative
 * area weight x impact / effort, where the gap is the share of the area's score the
 * recommendation could recover (README, "Action plan").
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
  const hidden = hiddenQuestions(index, answers);
  const areaScores = new Map(profile.areas.map((area) => [area.id, area.score]));
  const maxAreaWeight = Math.max(...questionnaire.areas.map((area) => area.weight));
  const areaWeights = new Map(questionnaire.areas.map((area) => [area.id, area.weight]));
  const shownWeights = new Map(
    index.areas.map(({ area, questions }) => [
      area.id,
      questions.reduce((sum, q) => (hidden.has(q.question.id) ? sum : sum + q.question.weight), 0),
    ]),
  );
  const text = (t: LocalizedText) => localize(t, locale, questionnaire.defaultLocale);

  /** The share of the area's score the recommendation could recover; undefined: it does not fire. */
  const gapClosed = (recommendation: Recommendation): number | undefined => {
    const { trigger } = recommendation;
    if ('areaScore' in trigger) {
      const score = areaScores.get(recommendation.area);
      if (score === null || score === undefined) return undefined;
      const { min, max } = trigger.areaScore;
      const inBand = score >= min && (score < max || (max === 100 && score === 100));
      return inBand ? (max - score) / 100 : undefined;
    }
    if (!conditionHoldsWhenShown(trigger.answer, answers, hidden)) return undefined;
    const indexed = index.scored.get(trigger.answer.question)!;
    const { score } = scoreQuestion(
      indexed,
      answerTo(answers, indexed.question.id),
      questionnaire.scoring,
    );
    const areaWeight = shownWeights.get(indexed.question.area) ?? 0;
    return ((1 - (score ?? 0)) * indexed.question.weight) / (areaWeight || indexed.question.weight);
  };

  const items: Array<ActionPlanItem & { position: number }> = [];
  questionnaire.recommendations.forEach((recommendation, position) => {
    const limitedOut = recommendation.contexts?.some(
      (condition) =>
        answerTo(answers, condition.question) !== undefined && !conditionHolds(condition, answers),
    );
    if (limitedOut) return;
    const gap = gapClosed(recommendation);
    if (gap === undefined) return;
    const areaWeight = (areaWeights.get(recommendation.area) ?? maxAreaWeight) / maxAreaWeight;
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

function round3(value: number): number {
  return Math.round(value * 1000) / 1000;
}
