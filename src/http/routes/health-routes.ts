import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { HealthContract } from '../../contracts/health-contract.js';

export const healthRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/health',
    {
      schema: {
        tags: ['operations'],
        summary:
          'Whether the app can serve: 200 when the database answers in time and takes writes, 503 otherwise',
        response: { 200: HealthContract, 503: HealthContract },
      },
    },
    async (_request, reply) => {
      const health = await app.useCases.checkHealth();
      return reply
        .code(health.status === 'ok' ? 200 : 503)
        .header('cache-control', 'no-store')
        .send(health);
    },
  );
};
