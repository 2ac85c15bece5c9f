import {
  carryOverAnswers,
  InvalidAnswersFileError,
  validateAnswers,
  type AnswersFile,
} from '../../domain/index.js';
import type { UseCaseDependencies } from '../dependencies.js';
import type { StartedResponse, StartResponseInput } from '../responses/start-response.js';
import type { z } from 'zod';
import type { ImportedAnswersContract } from '../../contracts/answers-file-contract.js';

export type ImportedAnswers = z.infer<typeof ImportedAnswersContract>;

/**
 * Starts a new draft from an answers file. On the file's exact version every answer must fit
 * (all or nothing, each problem named); when this server lacks that version, the draft opens on
 * the latest one with the answers that still fit it, and says which were left behind.
 */
export function makeImportAnswers(
  deps: UseCaseDependencies,
  startResponse: (input: StartResponseInput) => Promise<StartedResponse>,
) {
  return async function importAnswers({ file }: { file: AnswersFile }): Promise<ImportedAnswers> {
    const exact = deps.catalog.find(file.questionnaireId, file.version);
    const latest = exact ?? deps.catalog.find(file.questionnaireId);
    if (!latest) {
      throw new InvalidAnswersFileError([
        {
          pointer: '/questionnaireId',
          message: `there is no questionnaire "${file.questionnaireId}" on this server`,
        },
      ]);
    }
    const { questionnaire } = latest;
    let answers = file.answers;
    let dropped: string[] = [];
    if (exact) {
      const issues = validateAnswers(questionnaire, file.answers);
      if (issues.length > 0) throw new InvalidAnswersFileError(issues);
    } else {
      // The latest version may declare how answers of the file's version carry over.
      ({ answers, dropped } = carryOverAnswers(questionnaire, file.answers, file.version));
    }
    const started = await startResponse({
      questionnaireId: questionnaire.id,
      version: questionnaire.version,
      // The file's language when this version speaks it, else the questionnaire's default.
      locale: questionnaire.locales.includes(file.locale) ? file.locale : undefined,
      associationName: file.associationName,
      answers,
    });
    return { ...started, requestedVersion: exact ? null : file.version, dropped };
  };
}
