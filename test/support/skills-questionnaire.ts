import { fileURLToPath } from 'node:url';
import { readQuestionnaireFile } from '../../src/catalog/read-questionnaire-file.js';
import type { Questionnaire } from '../../src/domain/index.js';

/** The second shipped questionnaire (questionnaires/competences-benevoles/1.0.0.json). */
export const SKILLS_QUESTIONNAIRE_FILE = fileURLToPath(
  new URL('../../questionnaires/competences-benevoles/1.0.0.json', import.meta.url),
);

/** The skills questionnaire, read and checked as the catalog reads it; throws if it is not sound. */
export async function skillsQuestionnaire(): Promise<Questionnaire> {
  const read = await readQuestionnaireFile(SKILLS_QUESTIONNAIRE_FILE);
  if (!read.ok) throw new Error(`competences-benevoles is not sound: ${JSON.stringify(read)}`);
  return read.questionnaire;
}
