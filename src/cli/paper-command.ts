import { writeFile } from 'node:fs/promises';
import type { Config } from '../config.js';
import { openAuthoring } from '../open-app-services.js';
import type { CommandOutput } from './command-output.js';
import { findQuestionnaire } from './find-questionnaire.js';

export interface PaperCommandOptions {
  version?: string | undefined;
  lang?: string | undefined;
  /** The PDF to write; `paper-<id>-<version>-<lang>.pdf` in the working folder by default. */
  output?: string | undefined;
}

/** Writes the blank paper questionnaire of a version, the same PDF the API serves. */
export async function paperCommand(
  id: string,
  options: PaperCommandOptions,
  config: Config,
  out: CommandOutput,
): Promise<number> {
  const reference = options.version ? `${id}@${options.version}` : id;
  const authoring = openAuthoring(config);
  const questionnaire = await findQuestionnaire(reference, authoring, out);
  if (!questionnaire) return 1;
  const locale = options.lang ?? questionnaire.defaultLocale;
  if (!questionnaire.locales.includes(locale)) {
    out.error(
      `${reference} is not available in "${locale}" (available: ${questionnaire.locales.join(', ')}).`,
    );
    return 1;
  }
  const pdf = await authoring.renderPaperQuestionnaire({ questionnaire, locale });
  const file = options.output ?? `paper-${questionnaire.id}-${questionnaire.version}-${locale}.pdf`;
  await writeFile(file, pdf);
  out.log(
    `Wrote ${file}: the paper questionnaire ${questionnaire.id}@${questionnaire.version} (${locale}).`,
  );
  return 0;
}
