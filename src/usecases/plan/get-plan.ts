import type { UseCaseDependencies } from '../dependencies.js';
import { planChoices, planOwner } from './plan-access.js';
import type { z } from 'zod';
import type { PlanContract } from '../../contracts/plan-contract.js';

export type PlanView = z.infer<typeof PlanContract>;

/** The plan an association owns, with the proposals it can pick from (in `locale` if it can). */
export function makeGetPlan(deps: UseCaseDependencies) {
  return async function getPlan(input: {
    id: string;
    token: string | undefined;
    locale?: string | undefined;
  }): Promise<PlanView> {
    const response = await planOwner(deps.store, deps, input.id, input.token);
    const [priorities, actions] = await Promise.all([
      deps.store.plans.priorities(response.id),
      deps.store.plans.listActions(response.id),
    ]);
    return {
      responseId: response.id,
      priorities,
      actions,
      ...planChoices(deps, response, input.locale),
    };
  };
}
