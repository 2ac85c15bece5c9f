import { z } from 'zod';
import { Identifier, Questionnaire, SemanticVersion } from '../domain/index.js';

export const QuestionnaireSummaryContract = z.object({
  id: z.string(),
  title: z.record(z.string(), z.string()),
  description: z.record(z.string(), z.string()),
  locales: z.array(z.string()),
  versions: z.array(z.string()).describe('Oldest first.'),
  latest: z.string(),
});

export const QuestionnaireListContract = z.object({
  questionnaires: z.array(QuestionnaireSummaryContract),
});

export const QuestionnaireParams = z.object({ id: Identifier });
export const QuestionnaireVersionParams = z.object({ id: Identifier, version: SemanticVersion });

export const QuestionnaireContract = Questionnaire;
