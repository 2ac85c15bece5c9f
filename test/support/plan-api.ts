import type { FastifyInstance } from 'fastify';
import { expect } from 'vitest';
import type { AnswersPatch } from '../../src/domain/index.js';
import { PlanActionContract, PlanContract } from '../../src/contracts/plan-contract.js';
import type { StartedResponse } from './respondent-api.js';
import { respondentApi } from './respondent-api.js';

export type PlanView = ReturnType<typeof PlanContract.parse>;
export type PlanActionView = ReturnType<typeof PlanActionContract.parse>;

function bearer(token: string | undefined): Record<string, string> {
  return token === undefined ? {} : { authorization: `Bearer ${token}` };
}

/**
 * Answers to the mini fixture whose plan proposes create-site and start-newsletter (area comm)
 * and gdpr-register (area data).
 */
export const ANSWERS_WITH_THREE_PROPOSALS: AnswersPatch = {
  employees: 'none',
  site: 'no',
  channels: ['social'],
  gdpr: 1,
};

/** The calls of an association's own plan, through `inject`. */
export function planApi(app: FastifyInstance) {
  const respondent = respondentApi(app);
  const base = (id: string) => `/api/responses/${id}/plan`;
  return {
    /** A response of the mini fixture, answered and submitted, in the given locale. */
    async submitted(body: Record<string, unknown> = {}): Promise<StartedResponse> {
      const started = await respondent.started({ questionnaireId: 'mini', ...body });
      await respondent.saved(started.id, started.token, { ...ANSWERS_WITH_THREE_PROPOSALS });
      expect((await respondent.submit(started.id, started.token)).statusCode).toBe(200);
      return started;
    },
    get: (id: string, token?: string) =>
      app.inject({ method: 'GET', url: base(id), headers: bearer(token) }),
    async plan(id: string, token: string): Promise<PlanView> {
      const response = await app.inject({ method: 'GET', url: base(id), headers: bearer(token) });
      expect(response.statusCode).toBe(200);
      return PlanContract.parse(response.json());
    },
    setPriorities: (id: string, token: string | undefined, areaIds: unknown) =>
      app.inject({
        method: 'PUT',
        url: `${base(id)}/priorities`,
        headers: bearer(token),
        payload: { areaIds },
      }),
    add: (id: string, token: string | undefined, payload: Record<string, unknown>) =>
      app.inject({ method: 'POST', url: `${base(id)}/actions`, headers: bearer(token), payload }),
    async added(id: string, token: string, payload: Record<string, unknown>) {
      const response = await app.inject({
        method: 'POST',
        url: `${base(id)}/actions`,
        headers: bearer(token),
        payload,
      });
      expect(response.statusCode).toBe(201);
      return PlanActionContract.parse(response.json());
    },
    change: (
      id: string,
      token: string | undefined,
      actionId: string,
      payload: Record<string, unknown>,
    ) =>
      app.inject({
        method: 'PATCH',
        url: `${base(id)}/actions/${actionId}`,
        headers: bearer(token),
        payload,
      }),
    remove: (id: string, token: string | undefined, actionId: string) =>
      app.inject({
        method: 'DELETE',
        url: `${base(id)}/actions/${actionId}`,
        headers: bearer(token),
      }),
    calendar: (id: string, token?: string, lang?: string) =>
      app.inject({
        method: 'GET',
        url: `/api/responses/${id}/plan.ics${lang ? `?lang=${lang}` : ''}`,
        headers: bearer(token),
      }),
  };
}
