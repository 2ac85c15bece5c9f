import { fileURLToPath } from 'node:url';
import { readQuestionnaireFile } from '../../src/catalog/read-questionnaire-file.js';
import type { Answers, Questionnaire } from '../../src/domain/index.js';
import { CLUB_ANSWERS } from './default-questionnaire.js';

/**
 * The shipped asso-numerique 1.2.0 and the club's answers to it: CLUB_ANSWERS less the three
 * questions 1.2.0 no longer asks.
 */
export async function clubOnLatest(): Promise<{ questionnaire: Questionnaire; answers: Answers }> {
  const file = fileURLToPath(
    new URL('../../questionnaires/asso-numerique/1.2.0.json', import.meta.url),
  );
  const read = await readQuestionnaireFile(file);
  if (!read.ok) throw new Error(`asso-numerique 1.2.0 is not sound: ${JSON.stringify(read)}`);
  const gone = new Set(['comm-results', 'crowdfunding', 'co-editing']);
  return {
    questionnaire: read.questionnaire,
    answers: Object.fromEntries(Object.entries(CLUB_ANSWERS).filter(([id]) => !gone.has(id))),
  };
}
