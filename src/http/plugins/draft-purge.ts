import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Erases abandoned drafts at start and then once a day (DRAFT_RETENTION_DAYS; 0 turns it off).
 * With several instances each runs it: the delete is idempotent, so that costs nothing.
 */
async function draftPurge(app: FastifyInstance, options: { retentionDays: number }) {
  if (options.retentionDays === 0) return;
  const purge = async () => {
    try {
      const erased = await app.useCases.purgeAbandonedDrafts({
        olderThanDays: options.retentionDays,
      });
      if (erased > 0) app.log.info({ erased }, 'abandoned drafts erased');
    } catch (error) {
      app.log.error({ err: error }, 'purging abandoned drafts failed');
    }
  };
  let timer: NodeJS.Timeout | undefined;
  app.addHook('onReady', async () => {
    await purge();
    timer = setInterval(() => void purge(), DAY_MS);
    // The schedule never keeps the process alive on its own.
    timer.unref();
  });
  app.addHook('onClose', async () => clearInterval(timer));
}

export default fp(draftPurge, { name: 'draft-purge', dependencies: ['app-services'] });
