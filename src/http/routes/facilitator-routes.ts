import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ProblemDetails } from '../../contracts/problem-contract.js';
import { FacilitatorSessionContract, SignInBody } from '../../contracts/facilitator-contract.js';
import {
  requireFacilitator,
  SESSION_COOKIE,
  sessionCookieOptions,
} from '../facilitator-session.js';

const tags = ['facilitators'];

/** Signing in and out; the session is a cookie, its cross-site protection token is in the body. */
export const facilitatorRoutes: FastifyPluginAsyncZod<{
  publicUrl: string;
  sessionHours: number;
  signInAttemptsPerMinute: number;
}> = async (app, options) => {
  const { useCases } = app;
  const cookie = sessionCookieOptions(options.publicUrl, Math.round(options.sessionHours * 3600));

  app.post(
    '/api/facilitator/session',
    {
      schema: {
        tags,
        summary: 'Sign in: sets the session cookie and answers the cross-site protection token',
        body: SignInBody,
        response: {
          200: FacilitatorSessionContract,
          400: ProblemDetails,
          401: ProblemDetails,
          429: ProblemDetails,
        },
      },
      config: {
        rateLimit: { max: options.signInAttemptsPerMinute, timeWindow: '1 minute' },
      },
    },
    async (request, reply) => {
      const signedIn = await useCases.signIn(request.body);
      reply.setCookie(SESSION_COOKIE, signedIn.sessionSecret, cookie);
      return {
        email: signedIn.email,
        centreName: signedIn.centreName,
        csrfToken: signedIn.csrfToken,
      };
    },
  );

  app.get(
    '/api/facilitator/session',
    {
      schema: {
        tags,
        summary: 'Who is signed in, and the session’s cross-site protection token',
        response: { 200: FacilitatorSessionContract, 401: ProblemDetails },
      },
      preHandler: requireFacilitator(useCases),
    },
    async (request) => ({
      email: request.facilitator!.email,
      centreName: request.facilitator!.centreName,
      csrfToken: request.facilitator!.csrfToken,
    }),
  );

  app.delete(
    '/api/facilitator/session',
    {
      schema: {
        tags,
        summary: 'Sign out',
        response: { 204: z.null(), 401: ProblemDetails, 403: ProblemDetails },
      },
      preHandler: requireFacilitator(useCases),
    },
    async (request, reply) => {
      await useCases.signOut({ sessionSecret: request.cookies[SESSION_COOKIE]! });
      reply.clearCookie(SESSION_COOKIE, { path: cookie.path });
      return reply.code(204).send(null);
    },
  );
};
