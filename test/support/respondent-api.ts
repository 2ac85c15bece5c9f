import type { FastifyInstance } from 'fastify';
import { expect } from 'vitest';
import {
  SavedAnswersContract,
  StartedResponseContract,
} from '../../src/contracts/response-contract.js';
import type { AnswersPatch } from '../../src/domain/index.js';

export type StartedResponse = ReturnType<typeof StartedResponseContract.parse>;
export type SavedAnswers = ReturnType<typeof SavedAnswersContract.parse>;

function bearer(token: string | undefined): Record<string, string> {
  return token === undefined ? {} : { authorization: `Bearer ${token}` };
}

/** The respondent's HTTP calls through `inject`, so that tests read as the journey they check. */
export function respondentApi(app: FastifyInstance) {
  const start = (body: Record<string, unknown> = { questionnaireId: 'mini' }) =>
    app.inject({ method: 'POST', url: '/api/responses', payload: body });
  const patch = (id: string, token: string | undefined, answers: AnswersPatch) =>
    app.inject({
      method: 'PATCH',
      url: `/api/responses/${id}/answers`,
      headers: bearer(token),
      payload: { answers },
    });
  return {
    start,
    /** Starts a response and checks it was created. */
    async started(body?: Record<string, unknown>): Promise<StartedResponse> {
      const response = await start(body);
      expect(response.statusCode).toBe(201);
      return StartedResponseContract.parse(response.json());
    },
    get: (id: string, token?: string) =>
      app.inject({ method: 'GET', url: `/api/responses/${id}`, headers: bearer(token) }),
    patch,
    /**
     * Saves answers and checks they were saved. The raw body is checked before parsing (which
     * would drop extra keys): a save is frequent, so it echoes neither the answers nor any
     * explanation.
     */
    async saved(id: string, token: string, answers: AnswersPatch): Promise<SavedAnswers> {
      const response = await patch(id, token, answers);
      expect(response.statusCode).toBe(200);
      const body = response.json<{ profile?: { areas?: object[] } }>();
      expect(body).not.toHaveProperty('answers');
      for (const area of body.profile?.areas ?? []) {
        expect(area).not.toHaveProperty('explanation');
      }
      return SavedAnswersContract.parse(body);
    },
    submit: (id: string, token?: string) =>
      app.inject({ method: 'POST', url: `/api/responses/${id}/submit`, headers: bearer(token) }),
    remove: (id: string, token?: string) =>
      app.inject({ method: 'DELETE', url: `/api/responses/${id}`, headers: bearer(token) }),
  };
}
