import type { AuthoringDependencies, QuestionnaireCheck } from './authoring-ports.js';

/**
 * Checks the given questionnaire files, or the whole folder when none is given: every error and
 * warning of every file at once, in the order of the files.
 */
export function makeValidateQuestionnaires(deps: Pick<AuthoringDependencies, 'questionnaires'>) {
  return async function validateQuestionnaires(input: {
    files: string[];
  }): Promise<QuestionnaireCheck[]> {
    if (input.files.length === 0) return deps.questionnaires.checkFolder();
    const checks: QuestionnaireCheck[] = [];
    for (const file of input.files) checks.push(await deps.questionnaires.checkFile(file));
    return checks;
  };
}
