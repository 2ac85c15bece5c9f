import { PlanActionNotFoundError } from '../../domain/index.js';
import type { UseCaseDependencies } from '../dependencies.js';
import { planOwner } from './plan-access.js';

/** Removes one of the plan's actions (another response's action: 404). */
export function makeDeletePlanAction(deps: UseCaseDependencies) {
  return async function deletePlanAction(input: {
    id: string;
    token: string | undefined;
    actionId: string;
  }): Promise<void> {
    await deps.store.transaction(async (repositories) => {
      const response = await planOwner(repositories, deps, input.id, input.token, 'update');
      if (!(await repositories.plans.deleteAction(response.id, input.actionId))) {
        throw new PlanActionNotFoundError();
      }
    });
  };
}
