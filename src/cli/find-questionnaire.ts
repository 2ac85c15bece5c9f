import { loadCatalog } from '../catalog/load-catalog.js';
import type { Config } from '../config.js';
import type { Questionnaire } from '../domain/index.js';
import type { CommandOutput } from './command-output.js';

/** The questionnaire an `id@version` (or `id`, for the latest) names; says so when there is none. */
export async function findQuestionnaire(
  reference: string,
  config: Config,
  out: CommandOutput,
): Promise<Questionnaire | undefined> {
  const [id = '', version] = reference.split('@');
  const entry = (await loadCatalog(config.questionnairesDir)).find(id, version);
  if (!entry) out.error(`There is no questionnaire ${reference}.`);
  return entry?.questionnaire;
}
