import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { bearerToken } from '../bearer-token.js';
import { ProblemDetails } from '../../contracts/problem-contract.js';
import { ResponseParams } from '../../contracts/response-contract.js';
import {
  CentreShareContract,
  CentreShareListContract,
  ShareBody,
  ShareCodeInfoContract,
  ShareCodeParams,
  ShareParams,
} from '../../contracts/share-contract.js';

const tags = ['shares'];
const security = [{ bearer: [] }];

/**
 * The association's side of sharing with a support centre: with the bearer token of any
 * diagnosis of its chain, it shares the chain, lists the centres and withdraws.
 */
export const shareRoutes: FastifyPluginAsyncZod = async (app) => {
  const { useCases } = app;

  app.get(
    '/api/share-codes/:code',
    {
      config: { codeLookup: true },
      schema: {
        tags,
        summary: 'The centre a share code names, to show before consenting',
        params: ShareCodeParams,
        response: { 200: ShareCodeInfoContract, 404: ProblemDetails, 429: ProblemDetails },
      },
    },
    async (request) => useCases.getShareCodeInfo({ code: request.params.code }),
  );

  app.post(
    '/api/responses/:id/shares',
    {
      config: { codeLookup: true },
      schema: {
        tags,
        security,
        summary: "Share the diagnosis's chain with a centre, on the association's explicit consent",
        params: ResponseParams,
        body: ShareBody,
        response: {
          201: CentreShareContract,
          400: ProblemDetails,
          404: ProblemDetails,
          409: ProblemDetails,
          429: ProblemDetails,
        },
      },
    },
    async (request, reply) =>
      reply.code(201).send(
        await useCases.shareResponse({
          id: request.params.id,
          token: bearerToken(request.headers.authorization),
          shareCode: request.body.shareCode,
        }),
      ),
  );

  app.get(
    '/api/responses/:id/shares',
    {
      schema: {
        tags,
        security,
        summary: 'The centres the chain is shared with',
        params: ResponseParams,
        response: { 200: CentreShareListContract, 404: ProblemDetails },
      },
    },
    async (request) => ({
      shares: await useCases.listShares({
        id: request.params.id,
        token: bearerToken(request.headers.authorization),
      }),
    }),
  );

  app.delete(
    '/api/responses/:id/shares/:facilitatorId',
    {
      schema: {
        tags,
        security,
        summary: 'Withdraw the consent: the centre no longer sees any diagnosis of the chain',
        params: ShareParams,
        response: { 204: z.null().describe('Withdrawn'), 404: ProblemDetails },
      },
    },
    async (request, reply) => {
      await useCases.withdrawShare({
        id: request.params.id,
        token: bearerToken(request.headers.authorization),
        facilitatorId: request.params.facilitatorId,
      });
      return reply.code(204).send(null);
    },
  );
};
