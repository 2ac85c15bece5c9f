import { h } from '../dom.js';
import { t } from '../i18n.js';

/** The public address of a version's blank questionnaire (README, "The paper questionnaire"). */
export function paperPdfUrl(questionnaireId: string, version: string, lang: string): string {
  return `/api/questionnaires/${encodeURIComponent(questionnaireId)}/versions/${encodeURIComponent(version)}/paper.pdf?lang=${encodeURIComponent(lang)}`;
}

/** Print the blank form, and type a filled one in: the facilitator's way to paper and back. */
export function paperLinks(print: { href: string; label: string }, entryHref: string): HTMLElement {
  return h(
    'section',
    { class: 'card paper-card', 'aria-labelledby': 'paper-title' },
    h('h2', { id: 'paper-title' }, t('paper.title')),
    h('p', {}, t('paper.text')),
    h(
      'p',
      { class: 'actions' },
      h(
        'a',
        { href: print.href, class: 'button', download: '', id: 'paper-download' },
        print.label,
      ),
      ' ',
      h(
        'a',
        { href: entryHref, class: 'button primary', id: 'paper-entry-link' },
        t('paper.entry'),
      ),
    ),
  );
}
