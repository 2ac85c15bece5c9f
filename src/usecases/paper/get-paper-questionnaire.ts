import type { UseCaseDependencies } from '../dependencies.js';
import { documentFile } from '../document-file.js';
import { versionToStart } from '../owned-response.js';
import type { DocumentFile } from '../report-ports.js';
import { buildPaperQuestionnaire } from './build-paper-questionnaire.js';

export type PaperQuestionnaireFile = DocumentFile;

/**
 * The blank questionnaire of a version (the latest unless one is named) in a language it speaks
 * (its default unless one is named), to print. Public, like the definition it is drawn from.
 */
export function makeGetPaperQuestionnaire(deps: Pick<UseCaseDependencies, 'catalog' | 'reports'>) {
  return async function getPaperQuestionnaire(input: {
    questionnaireId: string;
    version?: string | undefined;
    locale?: string | undefined;
  }): Promise<PaperQuestionnaireFile> {
    const { questionnaire, locale } = versionToStart(deps, input);
    const prefix = locale === 'fr' ? 'questionnaire-papier' : 'paper-questionnaire';
    return documentFile(
      deps.reports,
      `${prefix}-${questionnaire.id}-${questionnaire.version}-${locale}.pdf`,
      { kind: 'paper', model: buildPaperQuestionnaire(questionnaire, locale) },
    );
  };
}
