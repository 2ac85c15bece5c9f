import type { FastifyInstance, RouteOptions } from 'fastify';
import fp from 'fastify-plugin';
import { ProblemDetails } from '../../contracts/problem-contract.js';
import { isDocument } from './rate-limits.js';

/** Problems are sent as application/problem+json: the contract says so, and serialises them. */
export const PROBLEM_RESPONSE = {
  description: 'A problem (RFC 9457): `code` says which.',
  content: { 'application/problem+json': { schema: ProblemDetails } },
};

const BODY_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * The statuses a route may answer whatever it does, besides those it declares: a request that
 * breaks its contract (400), a body too large or of another type (413, 415), a rate limit (429),
 * a database that does not answer (503), a bug (500).
 */
function sharedStatuses(route: RouteOptions): number[] {
  const methods = [route.method].flat();
  const takesBody = methods.some((method) => BODY_METHODS.has(method));
  const { schema } = route;
  const statuses = [500, 503];
  if (takesBody || schema?.params || schema?.querystring) statuses.push(400);
  if (takesBody) statuses.push(413, 415, 429);
  else if (route.config?.codeLookup || isDocument(route)) statuses.push(429);
  return statuses;
}

/**
 * Completes every API route's response contracts with the problems it can answer, each as
 * application/problem+json: the OpenAPI document (and the client generated from it) then lists
 * every status a route sends with a body, and problems go out through their schema too.
 */
async function routeProblems(app: FastifyInstance) {
  app.addHook('onRoute', (route) => {
    const schema = route.schema as { response?: Record<number, unknown>; hide?: boolean };
    if (!schema?.response || schema.hide || !route.url.startsWith('/api/')) return;
    // A copy: routes may share one object of responses (`denied`).
    const response = { ...schema.response };
    schema.response = response;
    for (const [status, contract] of Object.entries(response)) {
      if (contract === ProblemDetails) response[Number(status)] = PROBLEM_RESPONSE;
    }
    for (const status of sharedStatuses(route)) response[status] ??= PROBLEM_RESPONSE;
  });
}

export default fp(routeProblems, { name: 'route-problems' });
