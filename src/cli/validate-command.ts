import { formatProblem, type FileProblem } from '../catalog/catalog-error.js';
import { loadCatalog } from '../catalog/load-catalog.js';
import { readQuestionnaireFile } from '../catalog/read-questionnaire-file.js';
import { CatalogError } from '../catalog/catalog-error.js';
import type { Config } from '../config.js';
import { questionnaireWarnings, type Questionnaire } from '../domain/index.js';
import type { CommandOutput } from './command-output.js';

export interface ValidateOptions {
  /** Warnings fail the command too, for a CI that wants a clean catalog. */
  strict?: boolean;
}

/**
 * Validates the given files, or the whole questionnaire folder. Every error and warning of every
 * file is printed at once; exit code 1 on any error (or any warning with `strict`).
 */
export async function validateCommand(
  files: string[],
  config: Config,
  out: CommandOutput,
  options: ValidateOptions = {},
): Promise<number> {
  let problems = 0;
  let warnings = 0;
  const sound = (file: string, questionnaire: Questionnaire) => {
    out.log(`ok ${file} (${questionnaire.id}@${questionnaire.version})`);
    const found = questionnaireWarnings(questionnaire).map((issue): FileProblem => ({
      file,
      ...issue,
    }));
    found.forEach((warning) => out.error(`warning ${formatProblem(warning)}`));
    warnings += found.length;
  };
  if (files.length === 0) {
    try {
      const catalog = await loadCatalog(config.questionnairesDir);
      for (const entry of catalog.list()) sound(entry.file, entry.questionnaire);
    } catch (error) {
      if (!(error instanceof CatalogError)) throw error;
      error.problems.forEach((problem) => out.error(`error ${formatProblem(problem)}`));
      problems += error.problems.length;
    }
  } else {
    for (const file of files) {
      const result = await readQuestionnaireFile(file);
      if (result.ok) sound(file, result.questionnaire);
      else {
        problems += result.problems.length;
        result.problems.forEach((problem) => out.error(`error ${formatProblem(problem)}`));
      }
    }
  }
  if (problems > 0) out.error(`${problems} problem(s) found.`);
  if (warnings > 0) {
    out.error(
      `${warnings} warning(s)${options.strict ? ', which --strict counts as problems' : ''}.`,
    );
  }
  return problems > 0 || (options.strict && warnings > 0) ? 1 : 0;
}
