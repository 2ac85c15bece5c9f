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
 * Decorates the app with the use cases; the app is ready once the document workers have
 * started; closes the database and lets the workers go with the app if it opened them.
 */
async function appServices(
  app: FastifyInstance,
  options: { services: AppServices; owned: boolean },
) {
  app.decorate('useCases', options.services.useCases);
  app.addHook('onReady', () => options.services.documents.ready());
  if (options.owned) app.addHook('onClose', async () => options.services.close());
}

export default fp(appServices, { name: 'app-services' });
