import { ApiError } from './api.js';
import { t } from './i18n.js';

/** A failed team request, said plainly. */
export function teamProblem(error: unknown): string {
  if (error instanceof ApiError && error.offline) return t('error.network');
  if (error instanceof ApiError && error.status === 404) return t('team.notFound');
  if (error instanceof ApiError && error.status === 429) return t('error.tooMany');
  if (error instanceof ApiError && error.status === 400)
    return t('team.invalid', { detail: error.errors[0]?.detail ?? error.message });
  return t('error.generic', { detail: error instanceof Error ? error.message : String(error) });
}
