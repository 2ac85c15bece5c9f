import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { bearerToken } from '../bearer-token.js';
import { ProblemDetails } from '../../contracts/problem-contract.js';
import { ResponseParams, StartedResponseContract } from '../../contracts/response-contract.js';
import {
  JoinTeamBody,
  TeamAgreementBody,
  TeamAgreementContract,
  TeamAgreementParams,
  TeamInviteContract,
  TeamInviteInfoContract,
  TeamInviteParams,
  TeamMemberSettingsContract,
  TeamViewContract,
  UpdateTeamMemberBody,
} from '../../contracts/team-contract.js';
import { sendDocument } from '../send-attachment.js';
import { fileResponse } from '../file-response.js';
import { LangQuery } from '../../contracts/lang-query.js';

const tags = ['teams'];
const security = [{ bearer: [] }];

/**
 * Team diagnosis: a response's token opens the team it belongs to; only the owner invites and
 * records agreements. Whatever a token may not do answers 404, exactly like a missing team; only
 * reading the team view answers 204 for no team, as it is asked on every results page.
 */
export const teamRoutes: FastifyPluginAsyncZod = async (app) => {
  const { useCases, documentGate } = app;

  app.post(
    '/api/responses/:id/team',
    {
      schema: {
        tags,
        security,
        summary: 'Start a team from my response, or renew its invite link (the old one then 404s)',
        params: ResponseParams,
        response: { 200: TeamInviteContract, 404: ProblemDetails },
      },
    },
    async (request) =>
      useCases.createTeamInvite({
        id: request.params.id,
        token: bearerToken(request.headers.authorization),
      }),
  );

  app.get(
    '/api/responses/:id/team',
    {
      schema: {
        tags,
        security,
        summary: "The team view of my response's team (owner or member); 204 when it has none",
        params: ResponseParams,
        response: {
          200: TeamViewContract,
          204: z.null().describe('My response belongs to no team'),
          404: ProblemDetails,
        },
      },
    },
    async (request, reply) => {
      const view = await useCases.getTeamView({
        id: request.params.id,
        token: bearerToken(request.headers.authorization),
      });
      return view === null ? reply.code(204).send(null) : view;
    },
  );

  app.patch(
    '/api/responses/:id/team/member',
    {
      schema: {
        tags,
        security,
        summary: 'My own name in the team, and whether the team may read my answers',
        params: ResponseParams,
        body: UpdateTeamMemberBody,
        response: { 200: TeamMemberSettingsContract, 400: ProblemDetails, 404: ProblemDetails },
      },
    },
    async (request) =>
      useCases.updateTeamMember({
        id: request.params.id,
        token: bearerToken(request.headers.authorization),
        displayName: request.body.displayName,
        shareAnswers: request.body.shareAnswers,
      }),
  );

  app.delete(
    '/api/responses/:id/team/member',
    {
      schema: {
        tags,
        security,
        summary: 'Leave the team (the owner leaving dissolves it); my response stays mine',
        params: ResponseParams,
        response: { 204: z.null().describe('Left'), 404: ProblemDetails },
      },
    },
    async (request, reply) => {
      await useCases.leaveTeam({
        id: request.params.id,
        token: bearerToken(request.headers.authorization),
      });
      return reply.code(204).send(null);
    },
  );

  app.put(
    '/api/responses/:id/team/agreements/:areaId',
    {
      schema: {
        tags,
        security,
        summary: 'The level the board agreed on for an area, with a note (owner only)',
        params: TeamAgreementParams,
        body: TeamAgreementBody,
        response: { 200: TeamAgreementContract, 400: ProblemDetails, 404: ProblemDetails },
      },
    },
    async (request) =>
      useCases.saveTeamAgreement({
        id: request.params.id,
        token: bearerToken(request.headers.authorization),
        areaId: request.params.areaId,
        level: request.body.level,
        note: request.body.note,
      }),
  );

  app.get(
    '/api/responses/:id/team/report.pdf',
    {
      schema: {
        tags,
        security,
        summary: "The team's PDF report (any member)",
        description: 'application/pdf, as an attachment. The same team gives the same bytes.',
        params: ResponseParams,
        querystring: LangQuery,
        response: {
          200: fileResponse('application/pdf', "The team's report, as an attachment."),
          400: ProblemDetails,
          404: ProblemDetails,
          503: ProblemDetails,
        },
      },
    },
    async (request, reply) => {
      return sendDocument(request, reply, documentGate, 'application/pdf', () =>
        useCases.getTeamReport({
          id: request.params.id,
          token: bearerToken(request.headers.authorization),
          locale: request.query.lang,
        }),
      );
    },
  );

  app.get(
    '/api/team-invites/:code',
    {
      config: { codeLookup: true },
      schema: {
        tags,
        summary: 'What an invite link opens: the association, the questionnaire, how many joined',
        params: TeamInviteParams,
        querystring: LangQuery,
        response: { 200: TeamInviteInfoContract, 404: ProblemDetails, 429: ProblemDetails },
      },
    },
    async (request) =>
      useCases.getTeamInvite({ code: request.params.code, locale: request.query.lang }),
  );

  app.post(
    '/api/team-invites/:code/members',
    {
      config: { codeLookup: true },
      schema: {
        tags,
        summary: "Join a team: starts the member's own response (token, resume link)",
        params: TeamInviteParams,
        body: JoinTeamBody,
        response: {
          201: StartedResponseContract,
          400: ProblemDetails,
          404: ProblemDetails,
          429: ProblemDetails,
        },
      },
    },
    async (request, reply) =>
      reply.code(201).send(
        await useCases.joinTeam({
          code: request.params.code,
          displayName: request.body.displayName,
          locale: request.body.locale,
        }),
      ),
  );
};
