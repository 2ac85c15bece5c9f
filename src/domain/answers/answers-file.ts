import { z } from 'zod';
import { hasSensibleYear, YEAR_RANGE_MESSAGE } from '../calendar/calendar-day.js';
import { Identifier, LocaleCode, SemanticVersion } from '../questionnaire/primitives.js';
import { AssociationName } from '../response/association-name.js';
import { Answers } from './answer-schema.js';

export const ANSWERS_FILE_FORMAT = 'assoradar-answers';
export const ANSWERS_FILE_FORMAT_VERSION = 1;

/**
 * A respondent's answers carried out of one server and into another (or the same, later). It
 * names the questionnaire and its version, so that the server reading it knows which
 * definition the answers were given to.
 */
export const AnswersFile = z.object({
  format: z.literal(ANSWERS_FILE_FORMAT),
  formatVersion: z.literal(ANSWERS_FILE_FORMAT_VERSION),
  questionnaireId: Identifier,
  version: SemanticVersion,
  locale: LocaleCode,
  associationName: AssociationName.nullable(),
  answers: Answers,
  exportedAt: z.iso.datetime().refine(hasSensibleYear, YEAR_RANGE_MESSAGE),
});

export type AnswersFile = z.infer<typeof AnswersFile>;
