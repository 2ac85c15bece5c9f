import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { bearerToken } from '../bearer-token.js';
import { sendDocument } from '../send-attachment.js';
import { ProblemDetails } from '../../contracts/problem-contract.js';
import {
  ResponseContract,
  ResponseParams,
  SaveAnswersBody,
  StartedResponseContract,
  StartResponseBody,
  SubmittedResponseContract,
  SavedAnswersContract,
  TakenAgainContract,
} from '../../contracts/response-contract.js';
import { fileResponse } from '../file-response.js';
import { LangQuery } from '../../contracts/lang-query.js';

const tags = ['responses'];
// The token travels in "Authorization: Bearer <token>", documented by the security scheme;
// it is read directly rather than validated as a header schema on every request.
const security = [{ bearer: [] }];

export const responseRoutes: FastifyPluginAsyncZod = async (app) => {
  const { useCases, documentGate } = app;

  app.post(
    '/api/responses',
    {
      schema: {
        tags,
        summary: 'Start a response (a draft) to a questionnaire',
        body: StartResponseBody,
        response: { 201: StartedResponseContract, 400: ProblemDetails, 404: ProblemDetails },
      },
    },
    async (request, reply) => reply.code(201).send(await useCases.startResponse(request.body)),
  );

  app.get(
    '/api/responses/:id',
    {
      schema: {
        tags,
        security,
        summary: 'A response with its (provisional) profile',
        params: ResponseParams,
        querystring: LangQuery,
        response: { 200: ResponseContract, 404: ProblemDetails },
      },
    },
    async (request) =>
      useCases.getResponse({
        id: request.params.id,
        token: bearerToken(request.headers.authorization),
        locale: request.query.lang,
      }),
  );

  app.patch(
    '/api/responses/:id/answers',
    {
      schema: {
        tags,
        security,
        summary: 'Merge answers into a draft; answers the provisional profile',
        params: ResponseParams,
        body: SaveAnswersBody,
        response: {
          200: SavedAnswersContract,
          400: ProblemDetails,
          404: ProblemDetails,
          409: ProblemDetails,
        },
      },
    },
    async (request) =>
      useCases.saveAnswers({
        id: request.params.id,
        token: bearerToken(request.headers.authorization),
        answers: request.body.answers,
        associationName: request.body.associationName,
      }),
  );

  app.post(
    '/api/responses/:id/submit',
    {
      schema: {
        tags,
        security,
        summary: 'Submit a draft: score it for good and get the action plan',
        params: ResponseParams,
        response: {
          200: SubmittedResponseContract,
          404: ProblemDetails,
          409: ProblemDetails,
          422: ProblemDetails,
        },
      },
    },
    async (request) =>
      useCases.submitResponse({
        id: request.params.id,
        token: bearerToken(request.headers.authorization),
      }),
  );

  app.post(
    '/api/responses/:id/again',
    {
      schema: {
        tags,
        security,
        summary: 'Take a submitted diagnosis again: a new draft in the same chain',
        description:
          'The latest version of the questionnaire, starting from the earlier answers that still fit it. The same token opens it: keep using it. While the chain has a draft, answers that draft.',
        params: ResponseParams,
        response: { 201: TakenAgainContract, 404: ProblemDetails, 409: ProblemDetails },
      },
    },
    async (request, reply) =>
      reply.code(201).send(
        await useCases.takeAgain({
          id: request.params.id,
          token: bearerToken(request.headers.authorization),
        }),
      ),
  );

  app.get(
    '/api/responses/:id/report.pdf',
    {
      schema: {
        tags,
        security,
        summary: 'The PDF report of a submitted response',
        description:
          'application/pdf, as an attachment. The same response always gives the same bytes.',
        params: ResponseParams,
        querystring: LangQuery,
        response: {
          200: fileResponse('application/pdf', 'The report, as an attachment.'),
          400: ProblemDetails,
          404: ProblemDetails,
          409: ProblemDetails,
          503: ProblemDetails,
        },
      },
    },
    async (request, reply) => {
      return sendDocument(request, reply, documentGate, 'application/pdf', () =>
        useCases.getResponseReport({
          id: request.params.id,
          token: bearerToken(request.headers.authorization),
          locale: request.query.lang,
        }),
      );
    },
  );

  app.delete(
    '/api/responses/:id',
    {
      schema: {
        tags,
        security,
        summary: 'Erase a response for good',
        params: ResponseParams,
        response: { 204: z.null().describe('Erased'), 404: ProblemDetails },
      },
    },
    async (request, reply) => {
      await useCases.deleteResponse({
        id: request.params.id,
        token: bearerToken(request.headers.authorization),
      });
      return reply.code(204).send(null);
    },
  );
};
