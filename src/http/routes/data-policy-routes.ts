import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { DataPolicyContract } from '../../contracts/data-policy-contract.js';

/** What the data page tells volunteers and must not guess: this instance's own settings. */
export const dataPolicyRoutes: FastifyPluginAsyncZod<{ draftRetentionDays: number }> = async (
  app,
  options,
) => {
  app.get(
    '/api/data-policy',
    {
      schema: {
        tags: ['respondent'],
        summary: 'How long this instance keeps what a volunteer leaves: the data page reads it',
        response: { 200: DataPolicyContract },
      },
    },
    async (_request, reply) =>
      reply
        .header('cache-control', 'public, max-age=300')
        .send({ draftRetentionDays: options.draftRetentionDays }),
  );
};
