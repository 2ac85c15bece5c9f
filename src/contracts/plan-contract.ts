import { z } from 'zod';
import {
  ActionPlanItem,
  LocaleCode,
  NewPlanAction,
  PlanAction,
  PlanActionChanges,
  PlanPriorities,
} from '../domain/index.js';

export const PlanParams = z.object({ id: z.string().max(64) });
export const PlanActionParams = z.object({ id: z.string().max(64), actionId: z.string().max(64) });

export const PlanContract = z.object({
  responseId: z.string(),
  priorities: z.array(z.string()).describe('The priority area ids, in the order chosen.'),
  actions: z.array(PlanAction).describe("The association's own actions, by position."),
  proposals: z
    .array(ActionPlanItem)
    .describe("The response's recommended plan, in its locale: what actions can be copied from."),
});

export const PrioritiesBody = PlanPriorities;
export const PrioritiesContract = z.object({ priorities: z.array(z.string()) });
export const NewPlanActionBody = NewPlanAction;
export const PlanActionChangesBody = PlanActionChanges;
export const PlanActionContract = PlanAction;

export const CalendarQuery = z.strictObject({
  lang: LocaleCode.optional().describe(
    "The calendar's language; the response's own when left out.",
  ),
});
