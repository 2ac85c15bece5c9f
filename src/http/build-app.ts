import compress from '@fastify/compress';
import cookie from '@fastify/cookie';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import {
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { Config } from '../config.js';
import { openAppServices, type AppServices, type ServiceOverrides } from '../open-app-services.js';
import apiDocs from './plugins/api-docs.js';
import appServices from './plugins/app-services.js';
import documentGate from './plugins/document-gate.js';
import draftPurge from './plugins/draft-purge.js';
import problemDetails, { sendFrameworkProblem } from './plugins/problem-details.js';
import { ProblemError } from './problem-error.js';
import rateLimits from './plugins/rate-limits.js';
import routeProblems from './plugins/route-problems.js';
import securityHeaders from './plugins/security-headers.js';
import unstorableCharacters from './plugins/unstorable-characters.js';
import webApp from './plugins/web-app.js';
import { dataPolicyRoutes } from './routes/data-policy-routes.js';
import { healthRoutes } from './routes/health-routes.js';
import { loggedRequest, REDACTED_LOG_PATHS } from './request-log.js';
import { facilitatorRoutes } from './routes/facilitator-routes.js';
import { joinRoutes } from './routes/join-routes.js';
import { planRoutes } from './routes/plan-routes.js';
import { questionnaireRoutes } from './routes/questionnaire-routes.js';
import { workshopRoutes } from './routes/workshop-routes.js';
import { responseRoutes } from './routes/response-routes.js';
import { answersFileRoutes } from './routes/answers-file-routes.js';
import { paperRoutes } from './routes/paper-routes.js';
import { teamRoutes } from './routes/team-routes.js';
import { portfolioRoutes } from './routes/portfolio-routes.js';
import { shareRoutes } from './routes/share-routes.js';

/** Answers of at least this many bytes are compressed when the client accepts it. */
export const COMPRESS_THRESHOLD_BYTES = 1024;
const COMPRESSIBLE_TYPES =
  /^(?:text\/(?!event-stream)|application\/(?:[\w.-]+\+)?json(?:;|$)|application\/javascript|image\/svg\+xml)/;

export interface BuildAppOptions extends ServiceOverrides {
  config: Config;
  /** Already opened services; otherwise opened from the config and closed with the app. */
  services?: AppServices;
  logger?: FastifyServerOptions['logger'];
  /** Where the default logger writes (standard output unless given). */
  logStream?: NodeJS.WritableStream;
}

/**
 * Builds the whole app without listening: the server, the tests and the benchmarks all call it.
 * Order: framework settings, third-party plugins, ours, then routes.
 */
export async function buildApp(options: BuildAppOptions): Promise<FastifyInstance> {
  const { config } = options;
  const requestTimeout = config.requestTimeoutSeconds * 1000;
  const app = Fastify({
    logger: options.logger ?? {
      level: config.logLevel,
      serializers: { req: loggedRequest },
      redact: { paths: REDACTED_LOG_PATHS, censor: '***' },
      ...(options.logStream ? { stream: options.logStream } : {}),
    },
    bodyLimit: config.bodyLimit,
    // Behind a reverse proxy, request.ip is the client's (X-Forwarded-For): limits key on it.
    trustProxy: typeof config.trustProxy === 'object' ? [...config.trustProxy] : config.trustProxy,
    // A client has this long to send a whole request (headers and body): a slow sender cannot
    // hold connections open for ever.
    requestTimeout,
    // Node fixes the headers' timeout and how often it checks both when the server is created
    // (60 s and every 30 s by default), so Fastify's requestTimeout alone cut slow senders after
    // 30 to 90 s. Given here, a request is cut within a second of REQUEST_TIMEOUT_SECONDS.
    // @see https://nodejs.org/docs/latest-v20.x/api/http.html#httpcreateserveroptions-requestlistener
    http: {
      requestTimeout,
      headersTimeout: requestTimeout,
      connectionsCheckingInterval: Math.min(1000, requestTimeout / 10),
    },
    // A request during which neither side sends a byte for this long is dead: its socket is
    // closed. Twice the request timeout, so that a long export (the zip of every report) is
    // never cut while it is being built.
    connectionTimeout: 2 * requestTimeout,
    // Longer than the usual reverse proxy's idle timeout (60 s for nginx and most load
    // balancers): the proxy, not the app, closes an idle connection, so that it never reuses
    // one the app is closing.
    keepAliveTimeout: 72_000,
    frameworkErrors: sendFrameworkProblem,
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  // Every JSON answer goes out through its route's zod contract: a field the contract does not
  // name is dropped (z.object strips unknown keys), a value that breaks it is a 500, logged. So
  // the OpenAPI document, the generated client and the wire cannot drift apart.
  app.setSerializerCompiler(serializerCompiler);

  // Only JSON is spoken: a text/plain body is refused (415) rather than read as a string, and
  // an empty JSON body (a bodiless POST from a client that always sets the header) is no body.
  app.removeContentTypeParser('text/plain');
  // The body is read as bytes and decoded strictly: a byte sequence that is not UTF-8 (the
  // three bytes of a lone surrogate, a Latin-1 "é") would otherwise become U+FFFD unseen.
  const parseJson = app.getDefaultJsonParser('error', 'error');
  const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (request, body, done) => {
    let text: string;
    try {
      text = utf8.decode(body as Buffer);
    } catch {
      done(new ProblemError('malformed_json', 'The body is not valid UTF-8 text.'), undefined);
      return;
    }
    if (text === '') done(null, undefined);
    else parseJson(request, text, done);
  });

  await app.register(securityHeaders);
  await app.register(compress, {
    // A phone on a slow network waits for bytes, not for the server: JSON of 1 KB and more
    // (a questionnaire, a plan, a dashboard) goes out as Brotli or gzip. Below it, compressing
    // saves less than the headers it adds.
    threshold: COMPRESS_THRESHOLD_BYTES,
    encodings: ['br', 'gzip'],
    // Only what compresses: JSON and text (CSV, iCalendar, the page). PDFs and zips are
    // compressed already; the front end's bundles are precompressed by the build (web-app.ts).
    customTypes: COMPRESSIBLE_TYPES,
    // No route takes a compressed body: a client's Content-Encoding is not undone.
    globalDecompression: false,
  });
  await app.register(cookie);
  await app.register(rateLimits, {
    writesPerMinute: config.writesPerMinute,
    codeLookupsPerMinute: config.codeLookupsPerMinute,
    documentsPerMinute: config.documentsPerMinute,
    redisUrl: config.redisUrl,
    redisKeyPrefix: config.redisKeyPrefix,
  });
  await app.register(problemDetails);
  await app.register(routeProblems);
  await app.register(unstorableCharacters);
  await app.register(apiDocs, { publicUrl: config.publicUrl });
  await app.register(appServices, {
    services: options.services ?? (await openAppServices(config, options)),
    owned: options.services === undefined,
  });

  await app.register(draftPurge, { retentionDays: config.draftRetentionDays });
  await app.register(documentGate, { documents: config.documents });

  await app.register(healthRoutes);
  await app.register(dataPolicyRoutes, { draftRetentionDays: config.draftRetentionDays });
  await app.register(questionnaireRoutes);
  await app.register(responseRoutes);
  await app.register(answersFileRoutes);
  await app.register(paperRoutes);
  await app.register(planRoutes);
  await app.register(facilitatorRoutes, {
    publicUrl: config.publicUrl,
    sessionHours: config.sessionHours,
    signInAttemptsPerMinute: config.signInAttemptsPerMinute,
  });
  await app.register(workshopRoutes);
  await app.register(joinRoutes);
  await app.register(teamRoutes);
  await app.register(shareRoutes);
  await app.register(portfolioRoutes);
  await app.register(webApp, { webDir: config.webDir });
  return app;
}
