import { ApiError } from './api.js';
import { t, type MessageKey } from './i18n.js';

/** How one page says a problem of its own: by the problem's `code`, or by its HTTP status. */
export type ProblemMessages = Partial<
  Record<string | number, MessageKey | ((error: ApiError) => string)>
>;

/** What a kind of request says when offline, and for any other failure (given its detail). */
export interface ProblemFallback {
  offline?: MessageKey;
  otherwise?: (detail: string) => string;
}

/**
 * The sentence a user reads for a failed request: offline first, then what the page says of
 * that code or status (`{ 404: 'team.notFound' }`), then too many requests, and otherwise
 * "not found" or the server's own detail (the 5xx details are never sent).
 */
export function problemMessage(
  error: unknown,
  specific: ProblemMessages = {},
  fallback: ProblemFallback = {},
): string {
  const otherwise = fallback.otherwise ?? ((detail: string) => t('error.generic', { detail }));
  if (!(error instanceof ApiError))
    return otherwise(error instanceof Error ? error.message : String(error));
  if (error.offline) return t(fallback.offline ?? 'error.network');
  const own = specific[error.code] ?? specific[error.status];
  if (typeof own === 'function') return own(error);
  if (own) return t(own);
  if (error.status === 429) return t('error.tooMany');
  if (error.status === 404 && !fallback.otherwise) return t('error.notFound');
  return otherwise(error.message);
}
