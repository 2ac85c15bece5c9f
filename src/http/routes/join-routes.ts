import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ProblemDetails } from '../../contracts/problem-contract.js';
import { StartedResponseContract } from '../../contracts/response-contract.js';
import { JoinBody, JoinInfoContract, JoinParams } from '../../contracts/workshop-contract.js';

const tags = ['workshops'];

/** Participants join a workshop by its code, with no account. */
export const joinRoutes: FastifyPluginAsyncZod = async (app) => {
  const { useCases } = app;

  app.get(
    '/api/join/:code',
    {
      config: { codeLookup: true },
      schema: {
        tags,
        summary: 'The workshop a join code opens (spaces, dashes and case do not matter)',
        params: JoinParams,
        response: { 200: JoinInfoContract, 404: ProblemDetails, 429: ProblemDetails },
      },
    },
    async (request) => useCases.getJoinInfo({ code: request.params.code }),
  );

  app.post(
    '/api/join/:code',
    {
      config: { codeLookup: true },
      schema: {
        tags,
        summary: "Join a workshop: starts the participant's own response (token, resume link)",
        params: JoinParams,
        body: JoinBody,
        response: {
          201: StartedResponseContract,
          400: ProblemDetails,
          404: ProblemDetails,
          409: ProblemDetails,
          429: ProblemDetails,
        },
      },
    },
    async (request, reply) =>
      reply.code(201).send(
        await useCases.joinWorkshop({
          code: request.params.code,
          associationName: request.body.associationName,
          shareAnswers: request.body.shareAnswers,
        }),
      ),
  );
};
