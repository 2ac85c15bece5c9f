import { z } from 'zod';
import { Identifier, SemanticVersion } from './primitives.js';

/** Earlier scale values from min to max (both included) become one value of the new question. */
export const CarryOverRange = z.strictObject({
  min: z.number(),
  max: z.number(),
  to: z.number().describe('The value of the new scale question.'),
});

/** Where one earlier question's answer goes in this version. */
export const CarryOverRule = z.strictObject({
  to: Identifier.optional().describe('The new question id; the same id when left out.'),
  options: z
    .record(Identifier, Identifier.nullable())
    .optional()
    .describe(
      'Earlier option id -> new option id; null leaves the option behind. Options not listed keep their id.',
    ),
  values: z
    .array(CarryOverRange)
    .min(1)
    .optional()
    .describe('Earlier scale values -> a new scale value; values in no range are left behind.'),
});

/** How the answers of one earlier version carry over into this one. */
export const CarryOverDeclaration = z.strictObject({
  from: SemanticVersion.describe('The earlier version of this questionnaire.'),
  questions: z
    .record(Identifier, z.union([CarryOverRule, z.array(CarryOverRule).min(1)]))
    .default({})
    .describe('Earlier question id -> one rule, or several to split it into several questions.'),
  drop: z
    .array(Identifier)
    .default([])
    .describe('Earlier questions whose answers are never carried over.'),
});

export type CarryOverRange = z.infer<typeof CarryOverRange>;
export type CarryOverRule = z.infer<typeof CarryOverRule>;
export type CarryOverDeclaration = z.infer<typeof CarryOverDeclaration>;

/** The rules of one earlier question as a list, however the author wrote them. */
export function carryOverRules(rule: CarryOverRule | CarryOverRule[]): CarryOverRule[] {
  return Array.isArray(rule) ? rule : [rule];
}
