import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { AppServices } from '../../open-app-services.js';
import type { UseCases } from '../../usecases/create-use-cases.js';

declare module 'fastify' {
  interface FastifyInstance {
    useCases: UseCases;
  }
}

/** Decorates the app with the use cases and closes the database with the app. */
async function appServices(app: FastifyInstance, services: AppServices) {
  app.decorate('useCases', services.useCases);
  app.addHook('onClose', async () => services.close());
}

export default fp(appServices, { name: 'app-services' });
