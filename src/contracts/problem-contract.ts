import { z } from 'zod';
import { ERROR_CODES } from '../domain/index.js';

/** The codes of the refusals the HTTP layer decides itself: the request, not the domain, is at fault. */
export const HTTP_PROBLEM_CODES = [
  'validation_failed',
  'malformed_json',
  'body_too_large',
  'unsupported_media_type',
  'route_not_found',
  'malformed_url',
  'url_too_long',
  'csrf_token_invalid',
  'too_many_requests',
  'internal_error',
] as const;

/** Every `code` a problem may carry: what a client switches on. */
export const PROBLEM_CODES = [...ERROR_CODES, ...HTTP_PROBLEM_CODES] as const;
export const ProblemCode = z.enum(PROBLEM_CODES);
export type ProblemCode = z.infer<typeof ProblemCode>;

/** RFC 9457 problem details, with our `code` and, for bad input, the faulty fields. */
export const ProblemDetails = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string().optional(),
  code: ProblemCode,
  errors: z
    .array(z.object({ pointer: z.string(), detail: z.string() }))
    .optional()
    .describe('Each faulty field, as a JSON pointer into the request body.'),
});

export type ProblemDetails = z.infer<typeof ProblemDetails>;
