import helmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

const DIRECTIVES = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'data:'],
  fontSrc: ["'self'"],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

/** The same policy as one header value, for the pages that set their own (the API docs). */
export const CONTENT_SECURITY_POLICY = Object.entries(DIRECTIVES)
  .map(
    ([name, sources]) =>
      `${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)} ${sources.join(' ')}`,
  )
  .join(';');

/**
 * Security headers on every answer (helmet), with a strict Content-Security-Policy: the app's own
 * scripts, styles, images and API only; no inline script or style attribute, no outside origin,
 * no framing. The API documentation (Swagger UI) is held to the same policy (api-docs.ts).
 */
async function securityHeaders(app: FastifyInstance) {
  await app.register(helmet, {
    contentSecurityPolicy: { useDefaults: false, directives: DIRECTIVES },
    // Same-origin only, and nothing of the address (a resume link's fragment stays in the page
    // anyway) goes to the sites the report's links lead to.
    referrerPolicy: { policy: 'no-referrer' },
    // The app opens no popup and embeds nothing from elsewhere.
    crossOriginEmbedderPolicy: false,
  });
}

export default fp(securityHeaders, { name: 'security-headers' });
