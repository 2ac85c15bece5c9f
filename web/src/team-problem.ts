import { problemMessage } from './problem-message.js';
import { t } from './i18n.js';

/** A failed team request, said plainly. */
export function teamProblem(error: unknown): string {
  return problemMessage(error, {
    404: 'team.notFound',
    400: (problem) => t('team.invalid', { detail: problem.errors[0]?.detail ?? problem.message }),
  });
}
