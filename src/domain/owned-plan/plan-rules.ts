import type { ActionPlanItem } from '../action-plan/action-plan-schema.js';
import type { DocumentIssue } from '../questionnaire/document-issue.js';
import type { Questionnaire } from '../questionnaire/questionnaire-schema.js';
import {
  PLAN_LIMITS,
  type NewPlanAction,
  type PlanAction,
  type PlanActionChanges,
} from './owned-plan-schema.js';

/**
 * What is wrong with a choice of priority areas: each unknown or repeated area, by its pointer.
 *
 * @example priorityIssues(questionnaire, ['comm', 'nope']) // [{ pointer: '/areaIds/1', ... }]
 */
export function priorityIssues(questionnaire: Questionnaire, areaIds: string[]): DocumentIssue[] {
  const known = new Set(questionnaire.areas.map((area) => area.id));
  return areaIds.flatMap((areaId, index): DocumentIssue[] => {
    if (!known.has(areaId)) {
      return [{ pointer: `/areaIds/${index}`, message: `there is no area "${areaId}"` }];
    }
    if (areaIds.indexOf(areaId) !== index) {
      return [{ pointer: `/areaIds/${index}`, message: `"${areaId}" is already chosen` }];
    }
    return [];
  });
}

/** The area of an action, when it names one the questionnaire does not have. */
export function areaIssues(
  questionnaire: Questionnaire,
  areaId: string | null | undefined,
): DocumentIssue[] {
  if (areaId === null || areaId === undefined) return [];
  return questionnaire.areas.some((area) => area.id === areaId)
    ? []
    : [{ pointer: '/areaId', message: `there is no area "${areaId}"` }];
}

/**
 * A new action from its input: a proposal's title and area when it names one (from the
 * response's own plan, already localized), otherwise its own title. Answers the issues instead
 * when the input is not one or the other, or names what does not exist.
 *
 * @example newPlanAction({ title: 'Ouvrir un compte' }, context).action?.status // 'planned'
 */
export function newPlanAction(
  input: NewPlanAction,
  context: {
    questionnaire: Questionnaire;
    proposals: ActionPlanItem[];
    id: string;
    position: number;
    now: string;
  },
): { action: PlanAction; issues: [] } | { action: undefined; issues: DocumentIssue[] } {
  const fail = (issues: DocumentIssue[]) => ({ action: undefined, issues });
  let title: string;
  let areaId: string | null;
  let recommendationId: string | null = null;
  if (input.recommendationId !== undefined) {
    if (input.title !== undefined) {
      return fail([{ pointer: '/title', message: 'give a proposal or a title, not both' }]);
    }
    if (input.areaId !== undefined) {
      return fail([{ pointer: '/areaId', message: "a proposal's area comes with it" }]);
    }
    const proposal = context.proposals.find((item) => item.id === input.recommendationId);
    if (!proposal) {
      return fail([
        { pointer: '/recommendationId', message: 'this is not one of the proposals of this plan' },
      ]);
    }
    recommendationId = proposal.id;
    title = proposal.title.slice(0, PLAN_LIMITS.titleLength);
    areaId = proposal.areaId;
  } else {
    if (input.title === undefined) {
      return fail([{ pointer: '/title', message: 'say what the action is, or pick a proposal' }]);
    }
    const issues = areaIssues(context.questionnaire, input.areaId);
    if (issues.length > 0) return fail(issues);
    title = input.title;
    areaId = input.areaId ?? null;
  }
  const status = input.status ?? 'planned';
  return {
    issues: [],
    action: {
      id: context.id,
      areaId,
      recommendationId,
      title,
      owner: input.owner ?? null,
      dueDate: input.dueDate ?? null,
      cost: input.cost ?? null,
      status,
      position: context.position,
      createdAt: context.now,
      updatedAt: context.now,
      doneAt: status === 'done' ? context.now : null,
    },
  };
}

/**
 * The action with the changes applied, at `now`. Marking it done records when; leaving done
 * forgets it, so `doneAt` always says when the current "done" was reached.
 */
export function changePlanAction(
  action: PlanAction,
  changes: PlanActionChanges,
  now: string,
): PlanAction {
  const status = changes.status ?? action.status;
  const doneAt = status !== 'done' ? null : action.status === 'done' ? action.doneAt : now;
  return {
    ...action,
    title: changes.title ?? action.title,
    areaId: changes.areaId !== undefined ? changes.areaId : action.areaId,
    owner: changes.owner !== undefined ? changes.owner : action.owner,
    dueDate: changes.dueDate !== undefined ? changes.dueDate : action.dueDate,
    cost: changes.cost !== undefined ? changes.cost : action.cost,
    status,
    updatedAt: now,
    doneAt,
  };
}
