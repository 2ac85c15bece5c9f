import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';

const Health = z.object({
  status: z.enum(['ok', 'unavailable']),
  database: z
    .enum(['ok', 'unreachable', 'refuses_writes'])
    .describe(
      'unreachable: no answer within HEALTH_TIMEOUT_SECONDS; refuses_writes: it answers but a write fails (read-only file, full disk)',
    ),
});

export const healthRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/health',
    {
      schema: {
        tags: ['operations'],
        summary:
          'Whether the app can serve: 200 when the database answers in time and takes writes, 503 otherwise',
        response: { 200: Health, 503: Health },
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
