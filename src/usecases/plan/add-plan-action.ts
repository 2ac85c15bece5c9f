import {
  InvalidPlanError,
  newPlanAction,
  PLAN_LIMITS,
  PlanActionExistsError,
  PlanFullError,
  type NewPlanAction,
  type PlanAction,
} from '../../domain/index.js';
import type { UseCaseDependencies } from '../dependencies.js';
import { definitionOf } from '../responses/owned-response.js';
import { planOwner, proposalsOf } from './plan-access.js';

/** Adds an action at the end of the plan: a proposal copied, or the association's own. */
export function makeAddPlanAction(deps: UseCaseDependencies) {
  return async function addPlanAction(input: {
    id: string;
    token: string | undefined;
    action: NewPlanAction;
  }): Promise<PlanAction> {
    return deps.store.transaction(async (repositories) => {
      const response = await planOwner(repositories, deps, input.id, input.token, 'update');
      const actions = await repositories.plans.listActions(response.id);
      if (actions.length >= PLAN_LIMITS.maxActions) throw new PlanFullError(PLAN_LIMITS.maxActions);
      const { recommendationId } = input.action;
      // A double tap must not copy a proposal twice; an edited copy is changed, not re-added.
      if (recommendationId && actions.some((a) => a.recommendationId === recommendationId)) {
        throw new PlanActionExistsError();
      }
      const result = newPlanAction(input.action, {
        questionnaire: definitionOf(deps, response),
        proposals: recommendationId ? proposalsOf(deps, response) : [],
        id: deps.secrets.newResponseId(),
        position: Math.max(-1, ...actions.map((action) => action.position)) + 1,
        now: deps.clock.now().toISOString(),
      });
      if (!result.action) throw new InvalidPlanError(result.issues);
      await repositories.plans.insertAction(response.id, result.action);
      return result.action;
    });
  };
}
