import { h, showPage } from '../dom.js';
import { t } from '../i18n.js';
import { problemMessage } from '../problem-message.js';

/** What went wrong, in words, with a way to try again. */
export function showError(root: HTMLElement, error: unknown, retry: () => void): void {
  const message = problemMessage(error);
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
