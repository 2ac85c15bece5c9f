import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import {
  AnswersPatch,
  AssociationName,
  mergeAnswers,
  validateAnswers,
  type Answers,
  type Questionnaire,
} from '../domain/index.js';

export interface AnswersFile {
  answers: Answers;
  associationName: string | null;
}

const Envelope = z.object({
  answers: AnswersPatch,
  associationName: AssociationName.nullable().optional(),
});

/**
 * Reads `{ "answers": {...}, "associationName": "..." }` (or the bare map of answers) and checks
 * the answers against the questionnaire. Returns the problems, each naming the file and the JSON
 * pointer, rather than throwing.
 */
export async function readAnswersFile(
  file: string,
  questionnaire: Questionnaire,
): Promise<AnswersFile | { errors: string[] }> {
  let document: unknown;
  try {
    document = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    return { errors: [`${file}: ${error instanceof Error ? error.message : String(error)}`] };
  }
  const wrapped =
    document && typeof document === 'object' && 'answers' in document
      ? document
      : { answers: document };
  const parsed = Envelope.safeParse(wrapped);
  if (!parsed.success) {
    return {
      errors: parsed.error.issues.map(
        (issue) => `${file} at /${issue.path.join('/')}: ${issue.message}`,
      ),
    };
  }
  const issues = validateAnswers(questionnaire, parsed.data.answers);
  if (issues.length > 0) {
    return {
      errors: issues.map((issue) => `${file} at ${issue.pointer}: ${issue.message}`),
    };
  }
  return {
    answers: mergeAnswers({}, parsed.data.answers),
    associationName: parsed.data.associationName ?? null,
  };
}
