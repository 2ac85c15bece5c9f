import type { Questionnaire } from '../domain/index.js';
import type { AuthoringUseCases } from '../usecases/authoring/create-authoring-use-cases.js';
import type { CommandOutput } from './command-output.js';

/** The questionnaire an `id@version` (or `id`, for the latest) names; says so when there is none. */
export async function findQuestionnaire(
  reference: string,
  authoring: AuthoringUseCases,
  out: CommandOutput,
): Promise<Questionnaire | undefined> {
  const questionnaire = await authoring.findQuestionnaire({ reference });
  if (!questionnaire) out.error(`There is no questionnaire ${reference}.`);
  return questionnaire;
}
