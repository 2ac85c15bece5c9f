import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Config } from '../config.js';
import { openAppServices, type AppServices, type ServiceOverrides } from '../open-app-services.js';
import apiDocs from './plugins/api-docs.js';
import appServices from './plugins/app-services.js';
import problemDetails from './plugins/problem-details.js';
import { healthRoutes } from './routes/health-routes.js';
import { questionnaireRoutes } from './routes/questionnaire-routes.js';
import { responseRoutes } from './routes/response-routes.js';

export interface BuildAppOptions extends ServiceOverrides {
  config: Config;
  /** Already opened services; otherwise opened from the config and closed with the app. */
  services?: AppServices;
  logger?: FastifyServerOptions['logger'];
}

/**
 * Builds the whole app without listening: the server, the tests and the benchmarks all call it.
 * Order: framework settings, third-party plugins, ours, then routes.
 */
export async function buildApp(options: BuildAppOptions): Promise<FastifyInstance> {
  const { config } = options;
  const app = Fastify({
    logger: options.logger ?? { level: config.logLevel },
    bodyLimit: config.bodyLimit,
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  // Responses are built by typed use cases; their zod contracts document them (OpenAPI) and the
  // tests check them. Re-validating every response costs more than the route's own work.
  app.setSerializerCompiler(() => (data) => JSON.stringify(data));

  await app.register(problemDetails);
  await app.register(apiDocs, { publicUrl: config.publicUrl });
  const services = options.services ?? (await openAppServices(config, options));
  await app.register(appServices, services);

  await app.register(healthRoutes);
  await app.register(questionnaireRoutes);
  await app.register(responseRoutes);
  app.get('/', { schema: { hide: true } }, (_request, reply) => reply.redirect('/api/docs'));
  return app;
}
