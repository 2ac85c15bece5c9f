import type { FastifyInstance } from 'fastify';
import { respondentApi } from '../../support/respondent-api.js';
import type { Credentials } from './start-diagnosis.js';

/**
 * The answers the server holds for a response, written as the page's checked inputs are (a
 * list of values per question), so the two compare directly. Undefined once it is gone (404).
 */
export async function savedAnswers(
  app: FastifyInstance,
  { id, token }: Credentials,
): Promise<Record<string, string[]> | undefined> {
  const response = await respondentApi(app).get(id, token);
  if (response.statusCode === 404) return undefined;
  if (response.statusCode !== 200) {
    throw new Error(`GET /api/responses/${id} answered ${response.statusCode}: ${response.body}`);
  }
  const { answers } = response.json<{ answers: Record<string, unknown> }>();
  return Object.fromEntries(
    Object.entries(answers).map(([question, value]) => [
      question,
      (Array.isArray(value) ? value : [value]).map(String),
    ]),
  );
}
