import { z } from 'zod';
import { CarryOverDeclaration } from './carry-over-schema.js';
import { Condition } from './condition-schema.js';
import {
  Effort,
  Horizon,
  Identifier,
  Impact,
  LocaleCode,
  LocalizedText,
  SemanticVersion,
  Weight,
} from './primitives.js';
import { ContextQuestion, ScoredQuestion } from './question-schema.js';

export const Area = z.strictObject({
  id: Identifier,
  title: LocalizedText,
  description: LocalizedText,
  weight: Weight.default(1),
  levelTexts: z
    .record(Identifier, LocalizedText)
    .optional()
    .describe(
      "What each level means in this area, keyed by level id; a level without one falls back to the level's description.",
    ),
});

/** A maturity level covers [min, max) of the 0-100 scale; the last one includes 100. */
export const Level = z.strictObject({
  id: Identifier,
  min: z.number().min(0).max(100),
  max: z.number().min(0).max(100),
  title: LocalizedText,
  description: LocalizedText,
});

export const Resource = z.strictObject({
  title: LocalizedText,
  url: z.url({ protocol: /^https?$/, error: 'use an http(s) address' }),
});

/** Fires on an answer, or when the area's score lies in [min, max) (max 100 includes 100). */
export const RecommendationTrigger = z.union([
  z.strictObject({ answer: Condition }),
  z.strictObject({
    areaScore: z.strictObject({
      min: z.number().min(0).max(100).default(0),
      max: z.number().min(0).max(100),
    }),
  }),
]);

export const Recommendation = z.strictObject({
  id: Identifier,
  area: Identifier,
  title: LocalizedText,
  text: LocalizedText,
  effort: Effort,
  impact: Impact,
  horizon: Horizon.optional().describe('Defaults from effort: low, medium, high.'),
  trigger: RecommendationTrigger,
  contexts: z
    .array(Condition)
    .optional()
    .describe('Context questions that must hold; an unanswered context does not exclude.'),
  resources: z.array(Resource).default([]),
});

export const ScoringRules = z.strictObject({
  coverageThreshold: z
    .number()
    .min(0)
    .max(1)
    .default(0.5)
    .describe("Share of an area's weight that must be answered for it to get a score."),
  dontKnow: z.enum(['lowest', 'exclude']).default('lowest'),
});

/** Who answers: an association about itself, or one person (a volunteer) about themselves. */
export const Respondent = z.enum(['association', 'person']);

export const Questionnaire = z.strictObject({
  $schema: z.string().optional(),
  id: Identifier,
  version: SemanticVersion,
  locales: z.array(LocaleCode).min(1),
  defaultLocale: LocaleCode,
  title: LocalizedText,
  description: LocalizedText,
  respondent: Respondent.default('association').describe(
    'Who answers: "association" (the default) or "person"; every text the respondent reads follows it.',
  ),
  scoring: ScoringRules.default({ coverageThreshold: 0.5, dontKnow: 'lowest' }),
  areas: z.array(Area).min(1),
  contextQuestions: z.array(ContextQuestion).default([]),
  questions: z.array(ScoredQuestion).min(1),
  levels: z.array(Level).min(1),
  recommendations: z.array(Recommendation).default([]),
  carryOver: z
    .array(CarryOverDeclaration)
    .default([])
    .describe('How the answers of earlier versions carry over when a diagnosis is taken again.'),
});

export type Area = z.infer<typeof Area>;
export type Respondent = z.infer<typeof Respondent>;
export type Level = z.infer<typeof Level>;
export type Resource = z.infer<typeof Resource>;
export type RecommendationTrigger = z.infer<typeof RecommendationTrigger>;
export type Recommendation = z.infer<typeof Recommendation>;
export type ScoringRules = z.infer<typeof ScoringRules>;
export type Questionnaire = z.infer<typeof Questionnaire>;
/** What an author writes: defaults not yet applied. */
export type QuestionnaireInput = z.input<typeof Questionnaire>;
