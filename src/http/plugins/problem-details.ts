import type {
  FastifyError,
  FastifyInstance,
  FastifyReply,
  FastifyRequest,
  FastifySchemaValidationError,
} from 'fastify';
import fp from 'fastify-plugin';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import {
  DomainError,
  InvalidAgreementError,
  InvalidAnswersError,
  InvalidAnswersFileError,
  InvalidPlanError,
  RequiredQuestionsUnansweredError,
} from '../../domain/index.js';
import { DocumentsBusyError } from '../../usecases/report-ports.js';
import { DatabaseUnavailableError } from '../../usecases/database-unavailable-error.js';
import type { ProblemDetails } from '../../contracts/problem-contract.js';
import { ProblemError } from '../problem-error.js';
import { PROBLEMS, problemType, type ProblemCode } from '../problem-types.js';

/** What a client is told to wait after a 503 of the database: the outage may be a brief one. */
const DATABASE_RETRY_AFTER_SECONDS = 5;

const FASTIFY_CODES: Record<string, ProblemCode> = {
  FST_ERR_CTP_INVALID_JSON_BODY: 'malformed_json',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'malformed_json',
  FST_ERR_CTP_BODY_TOO_LARGE: 'body_too_large',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'unsupported_media_type',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'validation_failed',
};

/** A zod issue as field errors; an unknown key is named by its own pointer. */
function toFieldErrors(
  issue: FastifySchemaValidationError,
): Array<{ pointer: string; detail: string }> {
  const base = issue.instancePath === '/' ? '' : issue.instancePath;
  const keys = (issue.params as { keys?: unknown }).keys;
  if (issue.keyword === 'unrecognized_keys' && Array.isArray(keys)) {
    return keys.map((key) => ({ pointer: `${base}/${String(key)}`, detail: 'unknown field' }));
  }
  return [{ pointer: base, detail: issue.message ?? 'invalid value' }];
}

export function sendProblem(
  reply: FastifyReply,
  code: ProblemCode,
  extra: Partial<Pick<ProblemDetails, 'detail' | 'errors'>> = {},
) {
  const { status, title } = PROBLEMS[code];
  const body: ProblemDetails = { type: problemType(code), title, status, code, ...extra };
  return reply.code(status).type('application/problem+json').send(body);
}

/**
 * What the router refuses before any route or hook runs (Fastify's `frameworkErrors`): a
 * malformed percent-escape, a path parameter over its length. Problems like the rest, instead
 * of Fastify's plain JSON that echoes the path.
 */
export function sendFrameworkProblem(
  error: FastifyError,
  request: FastifyRequest,
  reply: FastifyReply,
) {
  if (error.code === 'FST_ERR_BAD_URL') {
    return sendProblem(reply, 'malformed_url', {
      detail: 'The address holds a "%" that does not start a valid escape of UTF-8 (%XX).',
    });
  }
  if (error.code === 'FST_ERR_MAX_PARAM_LENGTH') {
    return sendProblem(reply, 'url_too_long', {
      detail: 'A part of the address is longer than any id or code.',
    });
  }
  request.log.error({ err: error }, 'unhandled router error');
  return sendProblem(reply, 'internal_error');
}

/** Every error leaves as application/problem+json; details of a 5xx are logged, never sent. */
async function problemDetails(app: FastifyInstance) {
  app.setNotFoundHandler((request, reply) =>
    sendProblem(reply, 'route_not_found', { detail: `No route ${request.method} ${request.url}.` }),
  );

  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (hasZodFastifySchemaValidationErrors(error)) {
      const where = error.validationContext ?? 'body';
      return sendProblem(reply, 'validation_failed', {
        detail: `The request ${where} does not match the API contract.`,
        errors: error.validation.flatMap(toFieldErrors),
      });
    }
    if (error instanceof InvalidAnswersError) {
      return sendProblem(reply, 'invalid_answers', {
        detail: error.message,
        errors: error.issues.map((issue) => ({ pointer: issue.pointer, detail: issue.message })),
      });
    }
    if (error instanceof InvalidAnswersFileError) {
      return sendProblem(reply, 'invalid_answers_file', {
        detail: error.message,
        errors: error.issues.map((issue) => ({ pointer: issue.pointer, detail: issue.message })),
      });
    }
    if (error instanceof InvalidPlanError) {
      return sendProblem(reply, 'invalid_plan', {
        detail: error.message,
        errors: error.issues.map((issue) => ({ pointer: issue.pointer, detail: issue.message })),
      });
    }
    if (error instanceof InvalidAgreementError) {
      return sendProblem(reply, 'invalid_agreement', {
        detail: error.message,
        errors: [{ pointer: error.pointer, detail: error.message }],
      });
    }
    if (error instanceof RequiredQuestionsUnansweredError) {
      return sendProblem(reply, 'required_unanswered', {
        detail: error.message,
        errors: error.questionIds.map((id) => ({ pointer: `/answers/${id}`, detail: 'required' })),
      });
    }
    if (error instanceof DocumentsBusyError) {
      // Refused at once rather than left waiting: the client knows when to come back.
      reply.header('retry-after', String(error.retryAfterSeconds));
      return sendProblem(reply, 'documents_busy', { detail: error.message });
    }
    if (error instanceof DatabaseUnavailableError) {
      // The driver's own error (a timeout, a full disk) is for the operator, never the client.
      request.log.warn({ err: error.cause }, 'database unavailable: answered 503');
      reply.header('retry-after', String(DATABASE_RETRY_AFTER_SECONDS));
      return sendProblem(reply, 'database_unavailable', {
        detail: 'The database did not answer in time: nothing was saved, try again in a moment.',
      });
    }
    if (error instanceof ProblemError) {
      return sendProblem(reply, error.problemCode, { detail: error.message });
    }
    if (error instanceof DomainError) {
      return sendProblem(reply, error.code, { detail: error.message });
    }
    const known = error.code ? FASTIFY_CODES[error.code] : undefined;
    if (known) return sendProblem(reply, known, { detail: error.message });
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      // Fastify's own refusals say what is wrong with the request; another library's error may
      // carry anything in its message (a query, a path), so only its status is kept.
      const ownMessage = error.code?.startsWith('FST_') ? { detail: error.message } : {};
      return sendProblem(reply, 'validation_failed', ownMessage);
    }
    request.log.error({ err: error }, 'unhandled error');
    return sendProblem(reply, 'internal_error');
  });
}

export default fp(problemDetails, { name: 'problem-details' });
