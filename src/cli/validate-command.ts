import { counted } from '../domain/index.js';
import type { Config } from '../config.js';
import { openAuthoring } from '../open-app-services.js';
import type { CommandOutput } from './command-output.js';

export interface ValidateOptions {
  /** Warnings fail the command too, for a CI that wants a clean catalog. */
  strict?: boolean;
}

/**
 * Validates the given files, or the whole questionnaire folder, in one pass: every error and
 * every warning of every file at once (a file's warnings even when it has errors), a file's errors
 * before its warnings; exit code 1 on any error (or any warning with `strict`).
 */
export async function validateCommand(
  files: string[],
  config: Config,
  out: CommandOutput,
  options: ValidateOptions = {},
): Promise<number> {
  let problems = 0;
  let warnings = 0;
  for (const check of await openAuthoring(config).validateQuestionnaires({ files })) {
    if (check.ok) {
      const { id, version } = check.questionnaire;
      out.log(`ok ${check.file} (${id}@${version})`);
      check.warnings.forEach((warning) => out.error(`warning ${warning}`));
      warnings += check.warnings.length;
    } else {
      check.problems.forEach((problem) => out.error(`error ${problem}`));
      check.warnings.forEach((warning) => out.error(`warning ${warning}`));
      problems += check.problems.length;
      warnings += check.warnings.length;
    }
  }
  if (problems > 0) out.error(`${counted(problems, 'problem')} found.`);
  if (warnings > 0) {
    out.error(
      `${counted(warnings, 'warning')}${options.strict ? ', which --strict counts as problems' : ''}.`,
    );
  }
  return problems > 0 || (options.strict && warnings > 0) ? 1 : 0;
}
