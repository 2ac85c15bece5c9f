import { z } from 'zod';
import { Condition } from './condition-schema.js';
import { Identifier, LocalizedText, Weight } from './primitives.js';

/** An option that scores: its points count towards the question's score. */
export const ScoredOption = z.strictObject({
  id: Identifier,
  label: LocalizedText,
  points: z.number().min(0, 'points cannot be negative'),
});

/** "Not applicable" or "I don't know": an answer that carries no points. */
export const SpecialOption = z.strictObject({
  id: Identifier,
  label: LocalizedText,
  kind: z.enum(['notApplicable', 'dontKnow']),
});

/** A checkbox; an exclusive one ("none of these") cannot be ticked with others. */
export const CheckboxOption = ScoredOption.extend({ exclusive: z.boolean().optional() });

const questionBase = {
  id: Identifier,
  area: Identifier.describe('The id of the area this question scores in.'),
  title: LocalizedText,
  help: LocalizedText.optional(),
  weight: Weight.default(1),
  required: z.boolean().default(true),
  showIf: Condition.optional().describe('Show (and score) the question only when this holds.'),
  dontKnow: z
    .enum(['lowest', 'exclude'])
    .optional()
    .describe('Overrides the questionnaire-wide rule for "I don\'t know" on this question.'),
};

export const SingleChoiceQuestion = z.strictObject({
  ...questionBase,
  type: z.literal('single'),
  options: z.array(z.union([ScoredOption, SpecialOption])).min(2),
});

export const MultipleChoiceQuestion = z.strictObject({
  ...questionBase,
  type: z.literal('multiple'),
  options: z.array(z.union([CheckboxOption, SpecialOption])).min(2),
});

/**
 * A scale scores linearly: min scores 0, max scores 1. Its values run from min to max by step,
 * decimals allowed (0 to 5 by 0.5). Labelled at both ends (`labels`), or at every value
 * (`stepLabels`, one label a value in order: "not used", "considering", ... "operational").
 */
export const ScaleQuestion = z.strictObject({
  ...questionBase,
  type: z.literal('scale'),
  min: z.number(),
  max: z.number(),
  step: z.number().positive().default(1),
  labels: z.strictObject({ min: LocalizedText, max: LocalizedText }).optional(),
  stepLabels: z
    .array(LocalizedText)
    .min(2)
    .optional()
    .describe('One label for each value of the scale, from min to max: as many as it has values.'),
  options: z.array(SpecialOption).default([]),
});

export const ScoredQuestion = z.discriminatedUnion('type', [
  SingleChoiceQuestion,
  MultipleChoiceQuestion,
  ScaleQuestion,
]);

/**
 * What effort an association giving this context answer can afford (README, "How the results
 * choose what to do first"): a small budget or no employee means little time and money.
 */
export const Capacity = z.enum(['low', 'medium', 'high']);

export const ContextOption = z.strictObject({
  id: Identifier,
  label: LocalizedText,
  capacity: Capacity.optional().describe(
    'The effort an association giving this answer can afford; the lowest of its answers counts.',
  ),
});

/** Not scored: segments the results (budget bracket, volunteers, sector). Options are ordered. */
export const ContextQuestion = z.strictObject({
  id: Identifier,
  type: z.literal('single'),
  title: LocalizedText,
  help: LocalizedText.optional(),
  required: z.boolean().default(false),
  options: z.array(ContextOption).min(2),
});

export type ScoredOption = z.infer<typeof ScoredOption>;
export type SpecialOption = z.infer<typeof SpecialOption>;
export type CheckboxOption = z.infer<typeof CheckboxOption>;
export type SingleChoiceQuestion = z.infer<typeof SingleChoiceQuestion>;
export type MultipleChoiceQuestion = z.infer<typeof MultipleChoiceQuestion>;
export type ScaleQuestion = z.infer<typeof ScaleQuestion>;
export type ScoredQuestion = z.infer<typeof ScoredQuestion>;
export type ContextQuestion = z.infer<typeof ContextQuestion>;
export type Capacity = z.infer<typeof Capacity>;
export type ContextOption = z.infer<typeof ContextOption>;
export type AnyOption = ScoredOption | SpecialOption | CheckboxOption;
