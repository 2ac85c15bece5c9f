import { readFile } from 'node:fs/promises';
import { loadCatalog } from '../catalog/load-catalog.js';
import type { Config } from '../config.js';
import {
  AnswersPatch,
  buildActionPlan,
  mergeAnswers,
  scoreResponse,
  validateAnswers,
} from '../domain/index.js';
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
  const document: unknown = JSON.parse(await readFile(answersFile, 'utf8'));
  const raw =
    document && typeof document === 'object' && 'answers' in document ? document.answers : document;
  const parsed = AnswersPatch.safeParse(raw);
  if (!parsed.success) {
    out.error(`${answersFile}: expected an object of answers keyed by question id.`);
    return 1;
  }
  const issues = validateAnswers(questionnaire, parsed.data);
  if (issues.length > 0) {
    issues.forEach((issue) => out.error(`${answersFile} at ${issue.pointer}: ${issue.message}`));
    return 1;
  }
  const answers = mergeAnswers({}, parsed.data);
  const profile = scoreResponse(questionnaire, answers);
  const actionPlan = buildActionPlan(
    questionnaire,
    answers,
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
