import { counted } from '../domain/index.js';
import { writeFile } from 'node:fs/promises';
import type { Config } from '../config.js';
import { openAuthoring } from '../open-app-services.js';
import { readAnswersFile } from './answers-file.js';
import type { CommandOutput } from './command-output.js';
import { findQuestionnaire } from './find-questionnaire.js';

export interface ReportCommandOptions {
  locale?: string | undefined;
  /** Overrides the file's association name. */
  name?: string | undefined;
  /** ISO-8601 date printed on the report; today by default. */
  date?: string | undefined;
}

/**
 * Renders the PDF report of an answers file, for authors checking how a questionnaire reads on
 * paper. Nothing is stored; required questions may be left out.
 */
export async function reportCommand(
  reference: string,
  answersFile: string,
  outputFile: string,
  options: ReportCommandOptions,
  config: Config,
  out: CommandOutput,
  now: () => Date = () => new Date(),
): Promise<number> {
  const authoring = openAuthoring(config);
  const questionnaire = await findQuestionnaire(reference, authoring, out);
  if (!questionnaire) return 1;
  const locale = options.locale ?? questionnaire.defaultLocale;
  if (!questionnaire.locales.includes(locale)) {
    out.error(
      `${reference} is not available in "${locale}" (available: ${questionnaire.locales.join(', ')}).`,
    );
    return 1;
  }
  const date = options.date ? isoDate(options.date) : now();
  if (!date) {
    out.error(`--date: "${options.date}" is not a date (use an ISO date such as 2026-11-26).`);
    return 1;
  }
  const read = await readAnswersFile(answersFile, questionnaire);
  if ('errors' in read) {
    read.errors.forEach((error) => out.error(error));
    return 1;
  }
  const { pdf, recommendations } = await authoring.renderAnswersReport({
    questionnaire,
    answers: read.answers,
    associationName: options.name?.trim() || read.associationName,
    date: date.toISOString(),
    locale,
  });
  await writeFile(outputFile, pdf);
  out.log(
    `${outputFile}: ${Math.round(pdf.byteLength / 1024)} KB, ${counted(recommendations, 'recommendation')}.`,
  );
  return 0;
}

/** An ISO date (2026-11-26) or date-time (2026-11-26T10:00:00Z) that exists; else null. */
function isoDate(text: string): Date | null {
  const match =
    /^(\d{4})-(\d{2})-(\d{2})(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$/.exec(text);
  if (!match) return null;
  const date = new Date(match[4] ? text : `${text}T12:00:00Z`);
  if (Number.isNaN(date.getTime())) return null;
  // new Date() rolls 30 February over to March: the day must come back as written.
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const check = new Date(Date.UTC(year, month - 1, day));
  return check.getUTCMonth() === month - 1 && check.getUTCDate() === day ? date : null;
}
