import {
  areaIssues,
  changePlanAction,
  InvalidPlanError,
  PlanActionNotFoundError,
  type PlanAction,
  type PlanActionChanges,
} from '../../domain/index.js';
import type { UseCaseDependencies } from '../dependencies.js';
import { definitionOf } from '../responses/owned-response.js';
import { planOwner } from './plan-access.js';

/** Changes some fields of one of the plan's actions (another response's action: 404). */
export function makeChangePlanAction(deps: UseCaseDependencies) {
  return async function changePlanActionOf(input: {
    id: string;
    token: string | undefined;
    actionId: string;
    changes: PlanActionChanges;
  }): Promise<PlanAction> {
    return deps.store.transaction(async (repositories) => {
      const response = await planOwner(repositories, deps, input.id, input.token, 'update');
      const action = await repositories.plans.findAction(response.id, input.actionId);
      if (!action) throw new PlanActionNotFoundError();
      const issues = areaIssues(definitionOf(deps, response), input.changes.areaId);
      if (issues.length > 0) throw new InvalidPlanError(issues);
      const changed = changePlanAction(action, input.changes, deps.clock.now().toISOString());
      await repositories.plans.updateAction(response.id, changed);
      return changed;
    });
  };
}
