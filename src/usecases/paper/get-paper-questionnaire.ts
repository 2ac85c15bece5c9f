import type { Questionnaire } from '../../domain/index.js';
import type { UseCaseDependencies } from '../dependencies.js';
import { documentFile } from '../document-file.js';
import { versionToStart } from '../responses/owned-response.js';
import type { DocumentFile } from '../report-ports.js';
import { buildPaperQuestionnaire } from './build-paper-questionnaire.js';

export type PaperQuestionnaireFile = DocumentFile;

/**
 * The blank questionnaire of a version (the latest unless one is named) in a language it speaks
 * (its default unless one is named), to print. Public, like the definition it is drawn from.
 */
export function makeGetPaperQuestionnaire(deps: Pick<UseCaseDependencies, 'catalog' | 'reports'>) {
  // A published version never changes: its form in each language is built and tagged once, so
  // that a crowd asking for it costs a lookup (the renderer's cache holds the bytes).
  const papers = new WeakMap<Questionnaire, Map<string, PaperQuestionnaireFile>>();
  return async function getPaperQuestionnaire(input: {
    questionnaireId: string;
    version?: string | undefined;
    locale?: string | undefined;
  }): Promise<PaperQuestionnaireFile> {
    const { questionnaire, locale } = versionToStart(deps, input);
    const known = papers.get(questionnaire)?.get(locale);
    if (known) return known;
    const prefix = locale === 'fr' ? 'questionnaire-papier' : 'paper-questionnaire';
    const paper = documentFile(
      deps.reports,
      `${prefix}-${questionnaire.id}-${questionnaire.version}-${locale}.pdf`,
      { kind: 'paper', model: buildPaperQuestionnaire(questionnaire, locale) },
    );
    papers.set(questionnaire, (papers.get(questionnaire) ?? new Map()).set(locale, paper));
    return paper;
  };
}
