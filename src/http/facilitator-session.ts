import type {} from '@fastify/cookie';
import { timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { SignedInFacilitator } from '../usecases/facilitators/authenticate.js';
import type { UseCases } from '../usecases/create-use-cases.js';
import { ProblemError } from './problem-error.js';

export const SESSION_COOKIE = 'assoradar_session';
export const CSRF_HEADER = 'x-csrf-token';

declare module 'fastify' {
  interface FastifyRequest {
    facilitator?: SignedInFacilitator;
  }
}

/** Cookie settings: never readable by scripts, never sent from another site, only to the API. */
export function sessionCookieOptions(publicUrl: string, maxAgeSeconds: number) {
  return {
    httpOnly: true,
    sameSite: 'strict' as const,
    secure: publicUrl.startsWith('https:'),
    path: '/api',
    maxAge: maxAgeSeconds,
  };
}

/**
 * A preHandler for facilitator routes: the session cookie must open a live session, and every
 * state-changing request must carry that session's token in x-csrf-token (a synchroniser token:
 * another site can make the browser send the cookie, but cannot read the token).
 */
export function requireFacilitator(useCases: UseCases) {
  return async function (request: FastifyRequest, _reply: FastifyReply): Promise<void> {
    const facilitator = await useCases.authenticate({
      sessionSecret: request.cookies[SESSION_COOKIE],
    });
    if (!['GET', 'HEAD', 'OPTIONS'].includes(request.method)) {
      const sent = request.headers[CSRF_HEADER];
      if (typeof sent !== 'string' || !sameSecret(sent, facilitator.csrfToken)) {
        throw new ProblemError(
          'csrf_token_invalid',
          `Send the session's cross-site protection token in the ${CSRF_HEADER} header.`,
        );
      }
    }
    request.facilitator = facilitator;
  };
}

function sameSecret(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
