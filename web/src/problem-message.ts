import { ApiError } from './api.js';
import { t, type MessageKey } from './i18n.js';

/** How one page says a problem of its own: by the problem's `code`, or by its HTTP status. */
export type ProblemMessages = Partial<
  Record<string | number, MessageKey | ((error: ApiError) => string)>
>;

/**
 * The sentence a user reads for a failed request: first what the page says of that code or
 * status (`{ 404: 'team.notFound' }`), then what every page says (offline, not found, too many
 * requests), and otherwise the server's own detail. Never a stack trace: 5xx details are not sent.
 */
export function problemMessage(error: unknown, specific: ProblemMessages = {}): string {
  if (!(error instanceof ApiError))
    return t('error.generic', { detail: error instanceof Error ? error.message : String(error) });
  if (error.offline) return t('error.network');
  const own = specific[error.code] ?? specific[error.status];
  if (typeof own === 'function') return own(error);
  if (own) return t(own);
  if (error.status === 404) return t('error.notFound');
  if (error.status === 429) return t('error.tooMany');
  return t('error.generic', { detail: error.message });
}
