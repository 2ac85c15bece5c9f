import type { Questionnaire } from '../../domain/index.js';
import { buildPaperQuestionnaire } from '../paper/build-paper-questionnaire.js';
import type { AuthoringDependencies } from './authoring-ports.js';

/** The blank paper questionnaire of a version in one of its languages: the PDF the API serves. */
export function makeRenderPaperQuestionnaire(deps: Pick<AuthoringDependencies, 'reports'>) {
  return function renderPaperQuestionnaire(input: {
    questionnaire: Questionnaire;
    locale: string;
  }): Promise<Uint8Array> {
    return deps.reports.renderPaperQuestionnaire(
      buildPaperQuestionnaire(input.questionnaire, input.locale),
    );
  };
}
