import { z } from 'zod';

export const QuestionOutcome = z.enum([
  'scored',
  'dontKnow',
  'notApplicable',
  'unanswered',
  'hidden',
]);

/** Why a question counts as it does in its area's score. */
export const QuestionExplanation = z.object({
  id: z.string(),
  outcome: QuestionOutcome,
  weight: z.number(),
  /** The question's own score in [0, 1], null when it does not count. */
  score: z.number().nullable(),
  /** Points of the area's 0-100 score that this question brings. */
  contribution: z.number().nullable(),
});

export const AreaStatus = z.enum(['scored', 'insufficient', 'notApplicable']);

export const AreaProfile = z.object({
  id: z.string(),
  /** 0-100, one decimal; null when the area has too few answers or none apply. */
  score: z.number().nullable(),
  level: z.string().nullable(),
  /** Share (0-1) of the weight of the area's shown questions that was answered. */
  coverage: z.number(),
  status: AreaStatus,
  weight: z.number(),
  explanation: z.object({
    coverageThreshold: z.number(),
    level: z.object({ min: z.number(), max: z.number() }).nullable(),
    questions: z.array(QuestionExplanation),
  }),
});

export const Profile = z.object({
  overall: z.object({
    score: z.number().nullable(),
    level: z.string().nullable(),
    /** Weighted mean of the areas' coverage. */
    coverage: z.number(),
  }),
  areas: z.array(AreaProfile),
});

export type QuestionOutcome = z.infer<typeof QuestionOutcome>;
export type QuestionExplanation = z.infer<typeof QuestionExplanation>;
export type AreaStatus = z.infer<typeof AreaStatus>;
export type AreaProfile = z.infer<typeof AreaProfile>;
export type Profile = z.infer<typeof Profile>;
