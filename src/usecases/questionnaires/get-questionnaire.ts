import { QuestionnaireNotFoundError, type Questionnaire } from '../../domain/index.js';
import type { UseCaseDependencies } from '../dependencies.js';

/** A questionnaire's definition: the named version, or the latest. */
export function makeGetQuestionnaire({ catalog }: Pick<UseCaseDependencies, 'catalog'>) {
  return function getQuestionnaire(input: { id: string; version?: string }): Questionnaire {
    const entry = catalog.find(input.id, input.version);
    if (!entry) throw new QuestionnaireNotFoundError(input.id, input.version);
    return entry.questionnaire;
  };
}
