import type { ActionPlan, ActionPlanItem } from '../action-plan/action-plan-schema.js';
import type { Answers } from '../answers/answer-schema.js';
import { answerTo } from '../answers/answer-to.js';
import type { Capacity } from '../questionnaire/question-schema.js';
import { localize } from '../questionnaire/localize.js';
import { indexQuestionnaire } from '../questionnaire/questionnaire-index.js';
import type { Questionnaire } from '../questionnaire/questionnaire-schema.js';
import { answerInWords } from '../scoring/answer-in-words.js';
import type { Profile } from '../scoring/profile-schema.js';
import { CAPACITY_RANK } from './association-capacity.js';
import type { FirstAction, FirstActionReason, PlanAreaGroup } from './guidance-schema.js';

/** "Par où commencer" shows this many at most. */
export const MAX_FIRST_ACTIONS = 3;

/** Without a context answer that tells, an association is assumed to afford a medium effort. */
const UNKNOWN_CAPACITY: Capacity = 'medium';

/**
 * "Par où commencer": up to three first actions from the plan, then the rest grouped by area.
 * Rules (README, "How the results choose what to do first"): an action is affordable when its
 * effort is at most the association's capacity; candidates go by priority (highest first, plan
 * order on ties), and are taken in four passes, each filling what is left: affordable ones in an
 * area not chosen yet, affordable ones in any area, then the unaffordable ones the same two
 * ways. So three areas get one each before any gets a second, and an action the association
 * cannot afford only comes in when nothing it can afford is left. Each comes with why: the
 * answer that fired it, or its area's score.
 *
 * @example firstActions(q, answers, profile, plan, 'low', 'fr').firstActions.length // 3
 */
export function firstActions(
  questionnaire: Questionnaire,
  answers: Answers,
  profile: Profile,
  plan: ActionPlan,
  capacity: Capacity | null,
  locale: string,
): { firstActions: FirstAction[]; otherActions: PlanAreaGroup[] } {
  const allowed = CAPACITY_RANK[capacity ?? UNKNOWN_CAPACITY];
  const affordable = (item: ActionPlanItem) => CAPACITY_RANK[item.effort] <= allowed;
  const ranked = plan.items
    .map((item, position) => ({ item, position }))
    .sort((a, b) => b.item.priority - a.item.priority || a.position - b.position)
    .map(({ item }) => item);

  const chosen: ActionPlanItem[] = [];
  const areas = new Set<string>();
  const take = (fits: (item: ActionPlanItem) => boolean) => {
    for (const item of ranked) {
      if (chosen.length >= MAX_FIRST_ACTIONS) return;
      if (chosen.includes(item) || !fits(item)) continue;
      chosen.push(item);
      areas.add(item.areaId);
    }
  };
  take((item) => affordable(item) && !areas.has(item.areaId));
  take(affordable);
  take((item) => !areas.has(item.areaId));
  take(() => true);

  const reason = reasonOf(questionnaire, answers, profile, locale);
  const otherActions = questionnaire.areas
    .map((area) => ({
      areaId: area.id,
      items: plan.items.filter((item) => item.areaId === area.id && !chosen.includes(item)),
    }))
    .filter((group) => group.items.length > 0);
  return {
    firstActions: chosen.map((item) => ({
      item,
      reason: reason(item),
      affordable: affordable(item),
    })),
    otherActions,
  };
}

function reasonOf(
  questionnaire: Questionnaire,
  answers: Answers,
  profile: Profile,
  locale: string,
): (item: ActionPlanItem) => FirstActionReason {
  const index = indexQuestionnaire(questionnaire);
  const fallback = questionnaire.defaultLocale;
  return (item) => {
    const recommendation = questionnaire.recommendations.find((r) => r.id === item.id)!;
    const { trigger } = recommendation;
    if ('answer' in trigger) {
      const indexed = index.scored.get(trigger.answer.question)!;
      // The plan only holds an answer-fired item whose answer is given and shown.
      const value = answerTo(answers, indexed.question.id)!;
      return {
        trigger: 'answer',
        questionId: indexed.question.id,
        question: localize(indexed.question.title, locale, fallback),
        answer: answerInWords(indexed, value, locale, fallback),
      };
    }
    const area = questionnaire.areas.find((a) => a.id === recommendation.area)!;
    return {
      trigger: 'areaScore',
      areaId: area.id,
      area: localize(area.title, locale, fallback),
      score: profile.areas.find((a) => a.id === area.id)?.score ?? 0,
    };
  };
}
