import { z } from 'zod';

/** An identifier an author writes once and that answers, URLs and the database keep for good. */
export const Identifier = z
  .string()
  .regex(/^[a-z0-9][a-z0-9_-]{0,63}$/, 'use 1-64 lower-case letters, digits, "-" or "_"')
  .describe('Stable identifier: lower-case letters, digits, "-" and "_".');

/** Semantic version without build metadata, for example 1.0.0 or 2.1.0-beta.1. */
export const SemanticVersion = z
  .string()
  .regex(
    /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-[0-9A-Za-z.-]+)?$/,
    'use a semantic version such as 1.0.0',
  );

export const LocaleCode = z
  .string()
  .regex(/^[a-z]{2}(-[A-Z]{2})?$/, 'use a language code such as "fr" or "en"');

/** A text in each locale the questionnaire declares: `{ "fr": "...", "en": "..." }`. */
export const LocalizedText = z
  .record(LocaleCode, z.string().trim().min(1, 'a text cannot be empty'))
  .describe('A text in each locale the questionnaire declares, keyed by locale code.');

export const Weight = z.number().positive('a weight must be above 0').max(100);

export const Effort = z.enum(['low', 'medium', 'high']);
export const Impact = z.enum(['low', 'medium', 'high']);
export const Horizon = z.enum(['quickWin', 'threeMonths', 'oneYear']);

export type LocalizedText = z.infer<typeof LocalizedText>;
export type Effort = z.infer<typeof Effort>;
export type Impact = z.infer<typeof Impact>;
export type Horizon = z.infer<typeof Horizon>;
