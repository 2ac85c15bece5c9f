import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { AppServices } from '../../open-app-services.js';
import type { UseCases } from '../../usecases/create-use-cases.js';

declare module 'fastify' {
  interface FastifyInstance {
    useCases: UseCases;
  }
}

/**
 * Decorates the app with the use cases; starts the document workers when the app gets ready
 * (without waiting for them: a document asked before they are up waits in their queue); closes
 * the database and lets the workers go with the app if it opened them.
 */
async function appServices(
  app: FastifyInstance,
  options: { services: AppServices; owned: boolean },
) {
  app.decorate('useCases', options.services.useCases);
  app.addHook('onReady', async () => {
    options.services.documents.ready().catch((error: unknown) => {
      app.log.error({ err: error }, 'the document workers did not start');
    });
  });
  if (options.owned) app.addHook('onClose', async () => options.services.close());
}

export default fp(appServices, { name: 'app-services' });
