import {
  ANSWERS_FILE_FORMAT,
  ANSWERS_FILE_FORMAT_VERSION,
  type AnswersFile,
} from '../../domain/index.js';
import type { UseCaseDependencies } from '../dependencies.js';
import { ownedResponse } from '../responses/owned-response.js';

export interface ExportedAnswers {
  fileName: string;
  file: AnswersFile;
}

/** The respondent's answers as a file to keep or to load on another server (draft or submitted). */
export function makeExportAnswers(deps: UseCaseDependencies) {
  return async function exportAnswers(input: {
    id: string;
    token: string | undefined;
  }): Promise<ExportedAnswers> {
    const response = await ownedResponse(deps.store, deps, input.id, input.token);
    const exportedAt = deps.clock.now().toISOString();
    return {
      fileName: `assoradar-reponses-${response.questionnaireId}-${exportedAt.slice(0, 10)}.json`,
      file: {
        format: ANSWERS_FILE_FORMAT,
        formatVersion: ANSWERS_FILE_FORMAT_VERSION,
        questionnaireId: response.questionnaireId,
        version: response.version,
        locale: response.locale,
        associationName: response.associationName,
        answers: response.answers,
        exportedAt,
      },
    };
  };
}
