import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import {
  createJsonSchemaTransform,
  createJsonSchemaTransformObject,
} from 'fastify-type-provider-zod';
import { contractRegistry } from '../../contracts/contract-registry.js';
import { CONTENT_SECURITY_POLICY } from './security-headers.js';

/** The OpenAPI document, generated from the routes' zod contracts, and its UI at /api/docs. */
async function apiDocs(app: FastifyInstance, options: { publicUrl: string }) {
  await app.register(swagger, {
    openapi: {
      info: {
        title: 'AssoRadar API',
        description:
          'Digital-maturity self-diagnosis for associations. Errors are application/problem+json (RFC 9457).',
        version: '1.0.0',
      },
      servers: [{ url: options.publicUrl }],
      components: {
        securitySchemes: {
          bearer: { type: 'http', scheme: 'bearer', description: 'The response token' },
        },
      },
    },
    // The named contracts become components, referenced from each route that answers them.
    transform: createJsonSchemaTransform({ schemaRegistry: contractRegistry }),
    transformObject: createJsonSchemaTransformObject({ schemaRegistry: contractRegistry }),
  });
  // Swagger UI's own policy would let fonts, styles and images come from any https: site (and
  // its online validator): the docs page gets the app's strict one instead.
  await app.register(swaggerUi, {
    routePrefix: '/api/docs',
    staticCSP: true,
    transformStaticCSP: () => CONTENT_SECURITY_POLICY,
    uiConfig: { validatorUrl: null },
  });
}

export default fp(apiDocs, { name: 'api-docs' });
