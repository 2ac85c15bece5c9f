import { z } from 'zod';
import {
  ActionPlanItem,
  NewPlanAction,
  PlanAction,
  PlanActionChanges,
  PlanPriorities,
} from '../domain/index.js';
import { named } from './contract-registry.js';

export const PlanParams = z.object({ id: z.string().max(64) });
export const PlanActionParams = z.object({ id: z.string().max(64), actionId: z.string().max(64) });

export const PlanContract = named(
  'Plan',
  z.object({
    responseId: z.string(),
    priorities: z.array(z.string()).describe('The priority area ids, in the order chosen.'),
    actions: z.array(PlanAction).describe("The association's own actions, by position."),
    proposals: z
      .array(ActionPlanItem)
      .describe(
        "The response's recommended plan, what actions can be copied from: in ?lang when the questionnaire has it, else in the response's language.",
      ),
    suggestedPriorities: z
      .array(z.string())
      .max(3)
      .describe(
        'The weakest scored areas below the top level, weakest first: the priorities the page suggests until some are chosen.',
      ),
  }),
);

export const PrioritiesBody = PlanPriorities;
export const PrioritiesContract = named(
  'Priorities',
  z.object({ priorities: z.array(z.string()) }),
);
export const NewPlanActionBody = NewPlanAction;
export const PlanActionChangesBody = PlanActionChanges;
export const PlanActionContract = PlanAction;
