import { z } from 'zod';

export const HealthContract = z.object({
  status: z.enum(['ok', 'unavailable']),
  database: z
    .enum(['ok', 'unreachable', 'refuses_writes'])
    .describe(
      'unreachable: no answer within HEALTH_TIMEOUT_SECONDS; refuses_writes: it answers but a write fails (read-only file, full disk)',
    ),
});
