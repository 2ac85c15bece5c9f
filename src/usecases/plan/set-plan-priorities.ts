import { InvalidPlanError, priorityIssues } from '../../domain/index.js';
import type { UseCaseDependencies } from '../dependencies.js';
import { definitionOf } from '../responses/owned-response.js';
import { planOwner } from './plan-access.js';
import type { z } from 'zod';
import type { PrioritiesContract } from '../../contracts/plan-contract.js';

export type PlanPrioritiesView = z.infer<typeof PrioritiesContract>;

/** Replaces the plan's priority areas (one to three areas of the response's questionnaire). */
export function makeSetPlanPriorities(deps: UseCaseDependencies) {
  return async function setPlanPriorities(input: {
    id: string;
    token: string | undefined;
    areaIds: string[];
  }): Promise<PlanPrioritiesView> {
    return deps.store.transaction(async (repositories) => {
      const response = await planOwner(repositories, deps, input.id, input.token, 'update');
      const issues = priorityIssues(definitionOf(deps, response), input.areaIds);
      if (issues.length > 0) throw new InvalidPlanError(issues);
      await repositories.plans.setPriorities(response.id, input.areaIds);
      return { priorities: input.areaIds };
    });
  };
}
