import type { FastifyInstance } from 'fastify';
import { respondentApi } from '../../support/respondent-api.js';
import type { Credentials } from './start-diagnosis.js';

/** The association's name the server holds for a response (null when none was given). */
export async function savedAssociationName(
  app: FastifyInstance,
  { id, token }: Credentials,
): Promise<string | null> {
  const response = await respondentApi(app).get(id, token);
  if (response.statusCode !== 200) {
    throw new Error(`GET /api/responses/${id} answered ${response.statusCode}: ${response.body}`);
  }
  return response.json<{ associationName: string | null }>().associationName;
}
