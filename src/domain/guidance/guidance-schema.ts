import { z } from 'zod';
import { ActionPlanItem } from '../action-plan/action-plan-schema.js';
import { AnswerValue } from '../answers/answer-schema.js';
import { AreaStatus } from '../scoring/profile-schema.js';

/** One answer in words: the question and what was (or would be) answered. */
export const AnswerFindingSchema = z.object({
  questionId: z.string(),
  question: z.string(),
  answer: z.string(),
});

/** One answer that would raise the area: give `answer` to `question`, the area gains `points`. */
export const NextLevelStep = z.object({
  questionId: z.string(),
  question: z.string(),
  value: AnswerValue.describe('The answer to give, as the answers map holds it.'),
  answer: z.string().describe('The answer to give, in words.'),
  points: z.number().describe("Points of the area's 0-100 score this answer adds, one decimal."),
});

export const NextLevel = z.object({
  levelId: z.string(),
  title: z.string(),
  min: z.number(),
  pointsNeeded: z.number().describe("The next level's min minus the area's score, one decimal."),
  steps: z.array(NextLevelStep).max(3),
  reached: z.boolean().describe('Whether giving every step reaches the next level.'),
});

/** What the results say about one area. */
export const AreaGuidance = z.object({
  areaId: z.string(),
  status: AreaStatus,
  score: z.number().nullable(),
  levelId: z.string().nullable(),
  levelText: z
    .string()
    .nullable()
    .describe("The area's own text for its level, else the level's description; null unscored."),
  strengths: z.array(AnswerFindingSchema),
  gaps: z.array(AnswerFindingSchema),
  dontKnow: z.array(AnswerFindingSchema),
  nextLevel: NextLevel.nullable().describe('Null at the top level and for an unscored area.'),
  unanswered: z
    .array(z.object({ questionId: z.string(), question: z.string() }))
    .describe('For an area with too few answers: its shown questions left unanswered.'),
});

/** Why a first action was chosen: the answer that fired it, or its area's score. */
export const FirstActionReason = z.discriminatedUnion('trigger', [
  z.object({
    trigger: z.literal('answer'),
    questionId: z.string(),
    question: z.string(),
    answer: z.string(),
  }),
  z.object({
    trigger: z.literal('areaScore'),
    areaId: z.string(),
    area: z.string(),
    score: z.number(),
  }),
]);

export const FirstAction = z.object({
  item: ActionPlanItem,
  reason: FirstActionReason,
  affordable: z.boolean().describe('Its effort is within what the context answers allow.'),
});

export const PlanAreaGroup = z.object({ areaId: z.string(), items: z.array(ActionPlanItem) });

export const ResultsGuidance = z.object({
  areas: z.array(AreaGuidance),
  firstActions: z.array(FirstAction).max(3).describe('"Par où commencer": at most three.'),
  otherActions: z
    .array(PlanAreaGroup)
    .describe('The rest of the plan by area, in area order; areas without items left out.'),
  weakestAreaIds: z.array(z.string()).max(3).describe('Suggested priorities, weakest first.'),
  capacity: z
    .enum(['low', 'medium', 'high'])
    .nullable()
    .describe('The effort the context answers allow; null when none tells.'),
});

export type NextLevelStep = z.infer<typeof NextLevelStep>;
export type NextLevel = z.infer<typeof NextLevel>;
export type AreaGuidance = z.infer<typeof AreaGuidance>;
export type FirstActionReason = z.infer<typeof FirstActionReason>;
export type FirstAction = z.infer<typeof FirstAction>;
export type PlanAreaGroup = z.infer<typeof PlanAreaGroup>;
export type ResultsGuidance = z.infer<typeof ResultsGuidance>;
