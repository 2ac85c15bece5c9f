import type { ProblemCode } from './problem-types.js';

/** A refusal decided by the HTTP layer itself (cross-site protection, rate limits). */
export class ProblemError extends Error {
  constructor(
    readonly problemCode: ProblemCode,
    message: string,
  ) {
    super(message);
  }
}
