import type { FastifyInstance } from 'fastify';
import { expect } from 'vitest';
import type { Answers } from '../../src/domain/index.js';
import { StartedResponseContract } from '../../src/contracts/response-contract.js';
import { TeamInviteContract, TeamViewContract } from '../../src/contracts/team-contract.js';
import { respondentApi, type StartedResponse } from './respondent-api.js';

export type TeamView = ReturnType<typeof TeamViewContract.parse>;

function bearer(token: string | undefined): Record<string, string> {
  return token === undefined ? {} : { authorization: `Bearer ${token}` };
}

/** The team routes through `inject`, named as the owner and the members use them. */
export function teamApi(app: FastifyInstance) {
  const respondent = respondentApi(app);
  const invite = (id: string, token?: string) =>
    app.inject({ method: 'POST', url: `/api/responses/${id}/team`, headers: bearer(token) });
  const join = (code: string, body: Record<string, unknown> = {}) =>
    app.inject({ method: 'POST', url: `/api/team-invites/${code}/members`, payload: body });
  const view = (id: string, token?: string) =>
    app.inject({ method: 'GET', url: `/api/responses/${id}/team`, headers: bearer(token) });
  return {
    invite,
    /** Starts a team (or renews its code) and answers the code. */
    async invited({ id, token }: StartedResponse): Promise<string> {
      const response = await invite(id, token);
      expect(response.statusCode).toBe(200);
      return TeamInviteContract.parse(response.json()).inviteCode;
    },
    inviteInfo: (code: string, lang?: string) =>
      app.inject({
        method: 'GET',
        url: `/api/team-invites/${code}${lang ? `?lang=${lang}` : ''}`,
      }),
    join,
    async joined(code: string, body: Record<string, unknown> = {}): Promise<StartedResponse> {
      const response = await join(code, body);
      expect(response.statusCode).toBe(201);
      return StartedResponseContract.parse(response.json());
    },
    view,
    async viewed({ id, token }: StartedResponse): Promise<TeamView> {
      const response = await view(id, token);
      expect(response.statusCode).toBe(200);
      return TeamViewContract.parse(response.json());
    },
    updateMember: (id: string, token: string | undefined, body: Record<string, unknown>) =>
      app.inject({
        method: 'PATCH',
        url: `/api/responses/${id}/team/member`,
        headers: bearer(token),
        payload: body,
      }),
    leave: (id: string, token?: string) =>
      app.inject({
        method: 'DELETE',
        url: `/api/responses/${id}/team/member`,
        headers: bearer(token),
      }),
    agree: (id: string, token: string | undefined, areaId: string, body: Record<string, unknown>) =>
      app.inject({
        method: 'PUT',
        url: `/api/responses/${id}/team/agreements/${areaId}`,
        headers: bearer(token),
        payload: body,
      }),
    report: (id: string, token?: string, lang?: string) =>
      app.inject({
        method: 'GET',
        url: `/api/responses/${id}/team/report.pdf${lang ? `?lang=${lang}` : ''}`,
        headers: bearer(token),
      }),
    /** Answers and submits a response, checking each step. */
    async submitted(response: StartedResponse, answers: Answers): Promise<StartedResponse> {
      expect((await respondent.patch(response.id, response.token, answers)).statusCode).toBe(200);
      expect((await respondent.submit(response.id, response.token)).statusCode).toBe(200);
      return response;
    },
  };
}
