import { z } from 'zod';
import { Effort, Horizon, Impact } from '../questionnaire/primitives.js';

export const ActionPlanItem = z.object({
  id: z.string(),
  areaId: z.string(),
  title: z.string(),
  text: z.string(),
  horizon: Horizon,
  effort: Effort,
  impact: Impact,
  /** What fired it: a given answer, or the area's score band. */
  trigger: z.enum(['answer', 'areaScore']),
  /** Share (0-1) of its area's score that acting on it could recover. */
  gap: z.number(),
  /** Gap x area weight x impact / effort: higher comes first within a horizon. */
  priority: z.number(),
  resources: z.array(z.object({ title: z.string(), url: z.string() })),
});

/** Ranked items: quick wins, then three months, then a year; by priority within each. */
export const ActionPlan = z.object({ items: z.array(ActionPlanItem) });

export type ActionPlanItem = z.infer<typeof ActionPlanItem>;
export type ActionPlan = z.infer<typeof ActionPlan>;
