import { formatProblem } from '../catalog/catalog-error.js';
import { loadCatalog } from '../catalog/load-catalog.js';
import { readQuestionnaireFile } from '../catalog/read-questionnaire-file.js';
import { CatalogError } from '../catalog/catalog-error.js';
import type { Config } from '../config.js';
import type { CommandOutput } from './command-output.js';

/** Validates the given files, or the whole questionnaire folder; exit code 1 on any problem. */
export async function validateCommand(
  files: string[],
  config: Config,
  out: CommandOutput,
): Promise<number> {
  if (files.length === 0) {
    try {
      const catalog = await loadCatalog(config.questionnairesDir);
      for (const entry of catalog.list()) {
        out.log(`ok ${entry.file} (${entry.questionnaire.id}@${entry.questionnaire.version})`);
      }
      return 0;
    } catch (error) {
      if (!(error instanceof CatalogError)) throw error;
      error.problems.forEach((problem) => out.error(formatProblem(problem)));
      out.error(`${error.problems.length} problem(s) found.`);
      return 1;
    }
  }
  let problems = 0;
  for (const file of files) {
    const result = await readQuestionnaireFile(file);
    if (result.ok) {
      out.log(`ok ${file} (${result.questionnaire.id}@${result.questionnaire.version})`);
    } else {
      problems += result.problems.length;
      result.problems.forEach((problem) => out.error(formatProblem(problem)));
    }
  }
  if (problems > 0) out.error(`${problems} problem(s) found.`);
  return problems > 0 ? 1 : 0;
}
