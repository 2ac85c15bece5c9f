import { api, ApiError, type Credentials, type ResponseView } from '../api.js';
import { links } from '../routes.js';
import { h } from '../dom.js';
import { formatNumber, t } from '../i18n.js';
import { formatDate } from '../format-date.js';
import { rememberCurrent } from '../resume-link.js';

type ChainEntry = ResponseView['chain'][number];

/**
 * Taking the diagnosis again, and the association's diagnoses over time. Every diagnosis of the
 * chain opens with the same token: following a link only changes which one this device shows.
 */
export function historySection(
  response: ResponseView,
  credentials: Credentials,
  navigate: (path: string) => void,
): HTMLElement {
  const latest = response.chain.at(-1);
  const isLatest = !latest || latest.id === response.id;
  const status = h('p', { 'aria-live': 'polite' });
  const open = (entry: ChainEntry) => () => {
    rememberCurrent({ id: entry.id, token: credentials.token });
    navigate(entry.status === 'submitted' ? links.results(entry.id) : links.diagnosis(entry.id));
  };

  const againButton = h('button', { type: 'button', class: 'primary' }, t('results.again.button'));
  againButton.addEventListener('click', async () => {
    againButton.disabled = true;
    status.textContent = t('results.again.starting');
    try {
      const again = await api.takeAgain(credentials);
      rememberCurrent({ id: again.id, token: credentials.token });
      navigate(links.diagnosis(again.id));
    } catch (error) {
      againButton.disabled = false;
      status.replaceChildren(
        h(
          'span',
          { class: 'error', role: 'alert' },
          error instanceof ApiError && error.offline
            ? t('error.network')
            : t('error.generic', {
                detail: error instanceof Error ? error.message : String(error),
              }),
        ),
      );
    }
  });

  return h(
    'section',
    { class: 'card history', 'aria-labelledby': 'history-title' },
    h('h2', { id: 'history-title' }, t('results.again.title')),
    ...(isLatest
      ? [h('p', {}, t('results.again.text')), h('p', {}, againButton), status]
      : [
          h('p', {}, t('results.again.newer')),
          h(
            'p',
            {},
            h(
              'button',
              { type: 'button', class: 'primary', onclick: open(latest) },
              t('results.again.openLatest'),
            ),
          ),
        ]),
    ...(response.chain.length > 1
      ? [
          h('h3', {}, t('results.chain.title')),
          h(
            'ol',
            { class: 'chain' },
            ...response.chain.map((entry) =>
              h(
                'li',
                {},
                entry.id === response.id
                  ? h(
                      'span',
                      { 'aria-current': 'page' },
                      entryText(entry),
                      ' ',
                      t('results.chain.current'),
                    )
                  : h(
                      'button',
                      { type: 'button', class: 'link', onclick: open(entry) },
                      entryText(entry),
                    ),
              ),
            ),
          ),
        ]
      : []),
  );
}

function entryText(entry: ChainEntry): string {
  if (entry.status !== 'submitted' || !entry.submittedAt)
    return t('results.chain.draft', { date: formatDate(entry.createdAt) });
  return entry.overallScore === null
    ? t('results.chain.submittedNoScore', { date: formatDate(entry.submittedAt) })
    : t('results.chain.submitted', {
        date: formatDate(entry.submittedAt),
        score: formatNumber(entry.overallScore),
      });
}
