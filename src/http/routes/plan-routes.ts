import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { bearerToken } from '../bearer-token.js';
import { ProblemDetails } from '../../contracts/problem-contract.js';
import {
  NewPlanActionBody,
  PlanActionChangesBody,
  PlanActionContract,
  PlanActionParams,
  PlanContract,
  PlanParams,
  PrioritiesBody,
  PrioritiesContract,
} from '../../contracts/plan-contract.js';
import { sendAttachment } from '../send-attachment.js';
import { fileResponse } from '../file-response.js';
import { LangQuery } from '../../contracts/lang-query.js';

const tags = ['plan'];
const security = [{ bearer: [] }];

/**
 * The action plan an association owns, opened with its response's token. Anything it may not
 * reach (a wrong token, another response's action, an unknown id) is a 404; a draft has no
 * plan yet (409).
 */
export const planRoutes: FastifyPluginAsyncZod = async (app) => {
  const { useCases } = app;

  app.get(
    '/api/responses/:id/plan',
    {
      schema: {
        tags,
        security,
        summary: 'The plan the association owns, with the proposals it can pick from',
        params: PlanParams,
        querystring: LangQuery,
        response: {
          200: PlanContract,
          400: ProblemDetails,
          404: ProblemDetails,
          409: ProblemDetails,
        },
      },
    },
    async (request) =>
      useCases.getPlan({
        id: request.params.id,
        token: bearerToken(request.headers.authorization),
        locale: request.query.lang,
      }),
  );

  app.put(
    '/api/responses/:id/plan/priorities',
    {
      schema: {
        tags,
        security,
        summary: 'Choose the priority areas (one to three; two or three are advised)',
        params: PlanParams,
        body: PrioritiesBody,
        response: {
          200: PrioritiesContract,
          400: ProblemDetails,
          404: ProblemDetails,
          409: ProblemDetails,
        },
      },
    },
    async (request) =>
      useCases.setPlanPriorities({
        id: request.params.id,
        token: bearerToken(request.headers.authorization),
        areaIds: request.body.areaIds,
      }),
  );

  app.post(
    '/api/responses/:id/plan/actions',
    {
      schema: {
        tags,
        security,
        summary: 'Add an action: a proposal copied ({recommendationId}) or our own ({title, ...})',
        params: PlanParams,
        body: NewPlanActionBody,
        response: {
          201: PlanActionContract,
          400: ProblemDetails,
          404: ProblemDetails,
          409: ProblemDetails,
        },
      },
    },
    async (request, reply) =>
      reply.code(201).send(
        await useCases.addPlanAction({
          id: request.params.id,
          token: bearerToken(request.headers.authorization),
          action: request.body,
        }),
      ),
  );

  app.patch(
    '/api/responses/:id/plan/actions/:actionId',
    {
      schema: {
        tags,
        security,
        summary: 'Change an action: what, who, by when, free or paid, status',
        description: 'A field left out is unchanged; null clears it.',
        params: PlanActionParams,
        body: PlanActionChangesBody,
        response: {
          200: PlanActionContract,
          400: ProblemDetails,
          404: ProblemDetails,
          409: ProblemDetails,
        },
      },
    },
    async (request) =>
      useCases.changePlanAction({
        id: request.params.id,
        token: bearerToken(request.headers.authorization),
        actionId: request.params.actionId,
        changes: request.body,
      }),
  );

  app.delete(
    '/api/responses/:id/plan/actions/:actionId',
    {
      schema: {
        tags,
        security,
        summary: 'Remove an action from the plan',
        params: PlanActionParams,
        response: { 204: z.null().describe('Removed'), 404: ProblemDetails, 409: ProblemDetails },
      },
    },
    async (request, reply) => {
      await useCases.deletePlanAction({
        id: request.params.id,
        token: bearerToken(request.headers.authorization),
        actionId: request.params.actionId,
      });
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/api/responses/:id/plan.ics',
    {
      schema: {
        tags,
        security,
        summary: "The plan's deadlines as an iCalendar file",
        description:
          'text/calendar, as an attachment: one all-day event an action with a due date (actions without one are left out), with a stable UID so that importing it again updates the events.',
        params: PlanParams,
        querystring: LangQuery,
        response: {
          200: fileResponse('text/calendar', "The plan's dated actions, as an attachment."),
          400: ProblemDetails,
          404: ProblemDetails,
          409: ProblemDetails,
        },
      },
    },
    async (request, reply) => {
      const file = await useCases.getPlanCalendar({
        id: request.params.id,
        token: bearerToken(request.headers.authorization),
        locale: request.query.lang,
      });
      return sendAttachment(reply, 'text/calendar; charset=utf-8', file.fileName, file.calendar);
    },
  );
};
