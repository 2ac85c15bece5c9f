import { z } from 'zod';
import { CalendarDay } from '../calendar/calendar-day.js';
import { Identifier } from '../questionnaire/primitives.js';

/**
 * The plan an association owns: the areas it chose as priorities and its own actions (copied
 * from a proposal or written by itself). Limits keep a plan printable on a few pages.
 */
export const PLAN_LIMITS = {
  /** SELFIE's action-planning guidance advises two or three priorities. */
  maxPriorities: 3,
  maxActions: 50,
  titleLength: 200,
  ownerLength: 100,
} as const;

export const PlanActionStatus = z.enum(['planned', 'in_progress', 'done']);
export const PlanActionCost = z.enum(['free', 'paid']);

/** A due date: a calendar day in the years the API accepts. */
export const PlanDate = CalendarDay;

const ActionTitle = z
  .string()
  .trim()
  .min(1, 'say what the action is')
  .max(PLAN_LIMITS.titleLength, `an action has at most ${PLAN_LIMITS.titleLength} characters`);

/** Who does it: a first name or a role, free text; blank is nobody (null). */
const ActionOwner = z
  .string()
  .trim()
  .max(PLAN_LIMITS.ownerLength, `"who" has at most ${PLAN_LIMITS.ownerLength} characters`)
  .transform((owner) => (owner === '' ? null : owner));

export const PlanAction = z.object({
  id: z.string(),
  /** The area it serves, when it serves one. */
  areaId: z.string().nullable(),
  /** The proposal (a recommendation of the questionnaire) it was copied from. */
  recommendationId: z.string().nullable(),
  title: z.string(),
  owner: z.string().nullable(),
  dueDate: z.string().nullable(),
  cost: PlanActionCost.nullable(),
  status: PlanActionStatus,
  position: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** When it was last marked done; null unless it is done. */
  doneAt: z.string().nullable(),
});

/**
 * A new action: either from a proposal (`recommendationId`, whose title and area are copied)
 * or the association's own (`title`, and optionally an area). Who, when, cost and status may
 * be given with either.
 */
export const NewPlanAction = z.strictObject({
  recommendationId: Identifier.optional().describe('The proposal to copy (its title and area).'),
  title: ActionTitle.optional().describe('What to do, for an action of your own.'),
  areaId: Identifier.nullable().optional(),
  owner: ActionOwner.nullable().optional(),
  dueDate: PlanDate.nullable().optional(),
  cost: PlanActionCost.nullable().optional(),
  status: PlanActionStatus.optional().describe('planned when left out.'),
});

/** What a change may set; a field left out is unchanged, null clears it. */
export const PlanActionChanges = z.strictObject({
  title: ActionTitle.optional(),
  areaId: Identifier.nullable().optional(),
  owner: ActionOwner.nullable().optional(),
  dueDate: PlanDate.nullable().optional(),
  cost: PlanActionCost.nullable().optional(),
  status: PlanActionStatus.optional(),
});

export const PlanPriorities = z.strictObject({
  areaIds: z
    .array(Identifier)
    .min(1, 'choose at least one area')
    .max(
      PLAN_LIMITS.maxPriorities,
      `choose at most ${PLAN_LIMITS.maxPriorities} areas: two or three are advised`,
    ),
});

/** How many actions of a plan are at each status, for lists over many responses. */
export interface PlanStatusCounts {
  planned: number;
  inProgress: number;
  done: number;
  total: number;
}

export type PlanActionStatus = z.infer<typeof PlanActionStatus>;
export type PlanActionCost = z.infer<typeof PlanActionCost>;
export type PlanAction = z.infer<typeof PlanAction>;
export type NewPlanAction = z.output<typeof NewPlanAction>;
export type PlanActionChanges = z.output<typeof PlanActionChanges>;
