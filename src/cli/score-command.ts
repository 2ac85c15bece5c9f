import type { Config } from '../config.js';
import { openAuthoring } from '../open-app-services.js';
import { readAnswersFile } from './answers-file.js';
import type { CommandOutput } from './command-output.js';
import { findQuestionnaire } from './find-questionnaire.js';

/**
 * Scores an answers file (`{ "answers": {...} }` or the bare map) against id@version and prints
 * the profile and action plan as JSON, without touching the database.
 */
export async function scoreCommand(
  reference: string,
  answersFile: string,
  locale: string | undefined,
  config: Config,
  out: CommandOutput,
): Promise<number> {
  const authoring = openAuthoring(config);
  const questionnaire = await findQuestionnaire(reference, authoring, out);
  if (!questionnaire) return 1;
  const read = await readAnswersFile(answersFile, questionnaire);
  if ('errors' in read) {
    read.errors.forEach((error) => out.error(error));
    return 1;
  }
  const scored = authoring.scoreAnswers({ questionnaire, answers: read.answers, locale });
  out.log(JSON.stringify(scored, null, 2));
  return 0;
}
