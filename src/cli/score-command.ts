import { loadCatalog } from '../catalog/load-catalog.js';
import type { Config } from '../config.js';
import { buildActionPlan, scoreResponse } from '../domain/index.js';
import { readAnswersFile } from './answers-file.js';
import type { CommandOutput } from './command-output.js';

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
  const [id = '', version] = reference.split('@');
  const catalog = await loadCatalog(config.questionnairesDir);
  const entry = catalog.find(id, version);
  if (!entry) {
    out.error(`There is no questionnaire ${reference}.`);
    return 1;
  }
  const { questionnaire } = entry;
  const read = await readAnswersFile(answersFile, questionnaire);
  if ('errors' in read) {
    read.errors.forEach((error) => out.error(error));
    return 1;
  }
  const profile = scoreResponse(questionnaire, read.answers);
  const actionPlan = buildActionPlan(
    questionnaire,
    read.answers,
    profile,
    locale ?? questionnaire.defaultLocale,
  );
  out.log(
    JSON.stringify(
      { questionnaireId: id, version: questionnaire.version, profile, actionPlan },
      null,
      2,
    ),
  );
  return 0;
}
