import type { Credentials } from '../api.js';
import { announce, h } from '../dom.js';
import { t } from '../i18n.js';
import { resumeLink } from '../resume-link.js';

/** The resume link, explained, with a copy button. */
export function resumeBox(credentials: Credentials): HTMLElement {
  const link = resumeLink(credentials);
  const input = h('input', { type: 'text', readonly: true, value: link, id: 'resume-url' });
  const copy = h('button', { type: 'button' }, t('resume.copy'));
  copy.addEventListener('click', async () => {
    input.select();
    try {
      await navigator.clipboard.writeText(link);
    } catch {
      // Older browsers or no permission: the selected text can still be copied by hand.
    }
    announce(t('resume.copied'));
  });
  return h(
    'aside',
    { class: 'card resume-box', 'aria-labelledby': 'resume-box-title' },
    h('h2', { id: 'resume-box-title' }, t('resume.title')),
    h('p', {}, t('resume.text')),
    h('label', { for: 'resume-url', class: 'visually-hidden' }, t('resume.title')),
    h('div', { class: 'copy-row' }, input, copy),
  );
}
