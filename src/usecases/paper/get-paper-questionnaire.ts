import type { UseCaseDependencies } from '../dependencies.js';
import { versionToStart } from '../owned-response.js';
import { buildPaperQuestionnaire } from './build-paper-questionnaire.js';

export interface PaperQuestionnaireFile {
  fileName: string;
  pdf: Uint8Array;
}

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
    const pdf = await deps.reports.renderPaperQuestionnaire(
      buildPaperQuestionnaire(questionnaire, locale),
    );
    const prefix = locale === 'fr' ? 'questionnaire-papier' : 'paper-questionnaire';
    return {
      fileName: `${prefix}-${questionnaire.id}-${questionnaire.version}-${locale}.pdf`,
      pdf,
    };
  };
}
