import { z } from 'zod';
import { Identifier } from './primitives.js';

/** True when the answer to `question` is one of `anyOf` (for multiple choice: any ticked). */
export const AnyOfCondition = z.strictObject({
  question: Identifier,
  anyOf: z.array(Identifier).min(1),
});

/** True when the scale answer to `question` lies in [min, max] (both inclusive). */
export const RangeCondition = z
  .strictObject({
    question: Identifier,
    min: z.number().optional(),
    max: z.number().optional(),
  })
  .refine((c) => c.min !== undefined || c.max !== undefined, {
    message: 'a range condition needs "min", "max" or both',
  });

export const Condition = z
  .union([AnyOfCondition, RangeCondition])
  .describe('A test on an earlier answer: { question, anyOf } or { question, min?, max? }.');

export type AnyOfCondition = z.infer<typeof AnyOfCondition>;
export type RangeCondition = z.infer<typeof RangeCondition>;
export type Condition = z.infer<typeof Condition>;
