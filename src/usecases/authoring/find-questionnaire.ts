import type { Questionnaire } from '../../domain/index.js';
import type { AuthoringDependencies } from './authoring-ports.js';

/** The questionnaire an `id@version` (or `id`, for the latest) names in the folder, if any. */
export function makeFindQuestionnaire(deps: Pick<AuthoringDependencies, 'questionnaires'>) {
  return async function findQuestionnaire(input: {
    reference: string;
  }): Promise<Questionnaire | undefined> {
    const [id = '', version] = input.reference.split('@');
    return (await deps.questionnaires.catalog()).find(id, version)?.questionnaire;
  };
}
