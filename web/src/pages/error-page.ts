import { ApiError } from '../api.js';
import { h, showPage } from '../dom.js';
import { t } from '../i18n.js';

/** What went wrong, in words, with a way to try again. */
export function showError(root: HTMLElement, error: unknown, retry: () => void): void {
  const message =
    error instanceof ApiError && error.offline
      ? t('error.network')
      : error instanceof ApiError && error.status === 404
        ? t('error.notFound')
        : error instanceof ApiError && error.status === 429
          ? t('error.tooMany')
          : t('error.generic', { detail: error instanceof Error ? error.message : String(error) });
  showPage(
    root,
    h(
      'section',
      { class: 'card' },
      h('h1', {}, t('app.name')),
      h('p', { role: 'alert' }, message),
      h('button', { type: 'button', onclick: retry }, t('error.retry')),
      ' ',
      h('a', { href: '#/' }, t('results.home')),
    ),
  );
}
