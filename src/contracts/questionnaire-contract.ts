import { z } from 'zod';
import { Identifier, Questionnaire, SemanticVersion } from '../domain/index.js';
import { named } from './contract-registry.js';

export const QuestionnaireSummaryContract = named(
  'QuestionnaireSummary',
  z.object({
    id: z.string(),
    title: z.record(z.string(), z.string()),
    description: z.record(z.string(), z.string()),
    locales: z.array(z.string()),
    versions: z.array(z.string()).describe('Oldest first.'),
    latest: z.string(),
  }),
);

export const QuestionnaireListContract = named(
  'QuestionnaireList',
  z.object({
    questionnaires: z.array(QuestionnaireSummaryContract),
  }),
);

export const QuestionnaireParams = z.object({ id: Identifier });
export const QuestionnaireVersionParams = z.object({ id: Identifier, version: SemanticVersion });

export const QuestionnaireContract = Questionnaire;
