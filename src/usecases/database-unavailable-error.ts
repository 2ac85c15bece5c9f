import type { ErrorCode } from '../domain/index.js';

/**
 * The database did not answer in time, or refuses to write (a lock held too long, a server that
 * does not answer, a full disk, a read-only file). The store throws it in place of the driver's
 * own error, which it keeps as `cause`; the HTTP layer answers 503 with Retry-After: the request
 * may succeed if it is sent again later, and nothing of it was kept.
 */
export class DatabaseUnavailableError extends Error {
  readonly code = 'database_unavailable' satisfies ErrorCode;

  constructor(cause: unknown) {
    super('The database did not answer in time or refused to write.', { cause });
    this.name = 'DatabaseUnavailableError';
  }
}
