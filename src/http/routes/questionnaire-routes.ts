import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { brotliCompress, constants } from 'node:zlib';
import { Negotiator } from '@fastify/accept-negotiator';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Questionnaire } from '../../domain/index.js';
import { ProblemDetails } from '../../contracts/problem-contract.js';
import {
  QuestionnaireContract,
  QuestionnaireListContract,
  QuestionnaireParams,
  QuestionnaireVersionParams,
} from '../../contracts/questionnaire-contract.js';

const tags = ['questionnaires'];

/**
 * A version never changes (a change is a new version, and the app refuses to start when a used
 * version's file differs): its versioned URL may be kept by any cache for a year.
 */
const VERSION_CACHE = 'public, max-age=31536000, immutable';
/** The latest version changes when a new one is published: a cache asks again every time. */
const LATEST_CACHE = 'public, no-cache';

const NotModified = z.null().describe('Not modified: the copy the client holds (If-None-Match).');

const brotli = promisify(brotliCompress);
const encodings = new Negotiator({ supportedValues: ['br', 'gzip', 'identity'] });

interface Representation {
  body: string;
  etag: string;
  /** Its Brotli at the best quality, once compressed in the background (libuv's threads). */
  brotli?: Buffer;
}

/**
 * A version's JSON, serialised once, and its strong ETag: a hash of those exact bytes, so that
 * every instance running the same release gives the same tag, and a release that changes the
 * bytes changes it too. Since it never changes, it is also compressed once, with Brotli's best
 * quality (asso-numerique 1.1.0: 31 KB instead of 38 KB at the quality of on-the-fly
 * compression, for half a second of CPU that no request waits for).
 */
function representer() {
  const representations = new WeakMap<Questionnaire, Representation>();
  return (questionnaire: Questionnaire): Representation => {
    let representation = representations.get(questionnaire);
    if (!representation) {
      const body = JSON.stringify(questionnaire);
      const hash = createHash('sha256').update(body).digest('base64url');
      const created: Representation = { body, etag: `"${hash}"` };
      representations.set(questionnaire, created);
      brotli(body, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
          [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
          [constants.BROTLI_PARAM_SIZE_HINT]: Buffer.byteLength(body),
        },
      }).then(
        (compressed) => (created.brotli = compressed),
        // Never seen; until then, @fastify/compress compresses each answer on the fly.
        () => undefined,
      );
      representation = created;
    }
    return representation;
  };
}

/** RFC 9110 13.1.2: If-None-Match compares weakly, lists tags, and "*" matches any. */
export function ifNoneMatchHits(header: string | undefined, etag: string): boolean {
  if (header === undefined) return false;
  return header
    .split(',')
    .map((tag) => tag.trim().replace(/^W\//, ''))
    .some((tag) => tag === '*' || tag === etag);
}

export const questionnaireRoutes: FastifyPluginAsyncZod = async (app) => {
  const { useCases } = app;
  const represent = representer();

  function sendVersion(
    questionnaire: Questionnaire,
    cacheControl: string,
    request: FastifyRequest,
    reply: FastifyReply,
  ) {
    const { body, etag, brotli: compressed } = represent(questionnaire);
    reply.header('cache-control', cacheControl).header('etag', etag);
    if (ifNoneMatchHits(request.headers['if-none-match'], etag)) {
      return reply.code(304).send();
    }
    reply.type('application/json; charset=utf-8');
    const accepted = request.headers['accept-encoding'];
    if (compressed && accepted && encodings.negotiate(accepted) === 'br') {
      // Already encoded: @fastify/compress leaves an answer with a Content-Encoding alone.
      return reply
        .header('content-encoding', 'br')
        .header('vary', 'accept-encoding')
        .send(compressed);
    }
    // Already JSON: Fastify sends a string with a JSON content type as it is; @fastify/compress
    // compresses it for a client that accepts gzip only, or before the Brotli is ready.
    return reply.send(body);
  }

  app.get(
    '/api/questionnaires',
    {
      schema: {
        tags,
        summary: 'The published questionnaires, with their versions',
        response: { 200: QuestionnaireListContract },
      },
    },
    async () => ({ questionnaires: useCases.listQuestionnaires() }),
  );

  app.get(
    '/api/questionnaires/:id',
    {
      schema: {
        tags,
        summary: 'The latest version of a questionnaire',
        description:
          "Changes when a version is published: `Cache-Control: no-cache` with an `ETag` (the versioned URL's), answered 304 to a matching `If-None-Match`.",
        params: QuestionnaireParams,
        response: { 200: QuestionnaireContract, 304: NotModified, 404: ProblemDetails },
      },
    },
    async (request, reply) =>
      sendVersion(
        useCases.getQuestionnaire({ id: request.params.id }),
        LATEST_CACHE,
        request,
        reply,
      ),
  );

  app.get(
    '/api/questionnaires/:id/versions/:version',
    {
      schema: {
        tags,
        summary: 'One version of a questionnaire',
        description:
          'Immutable: `Cache-Control: public, max-age=31536000, immutable` and a strong `ETag`, answered 304 to a matching `If-None-Match`.',
        params: QuestionnaireVersionParams,
        response: { 200: QuestionnaireContract, 304: NotModified, 404: ProblemDetails },
      },
    },
    async (request, reply) =>
      sendVersion(useCases.getQuestionnaire(request.params), VERSION_CACHE, request, reply),
  );
};
