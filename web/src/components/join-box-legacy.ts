import { h } from '../dom.js';
import { t } from '../i18n.js';
import { normalizeJoinCode } from '../join-code.js';

/** "Rejoindre un atelier": the code the facilitator shows, typed, opens the workshop's page. */
export function joinBox(navigate: (path: string) => void): HTMLElement {
  const input = h('input', {
    type: 'text',
    id: 'join-code',
    name: 'join-code',
    autocomplete: 'off',
    autocapitalize: 'characters',
    spellcheck: 'false',
    maxlength: 12,
    'aria-describedby': 'join-code-hint join-code-error',
    class: 'code-input',
  });
  const problem = h('p', { class: 'error', id: 'join-code-error', 'aria-live': 'polite' });
  const form = h(
    'form',
    {
      class: 'join-form',
      onsubmit: (event: Event) => {
        event.preventDefault();
        const code = normalizeJoinCode(input.value);
        if (!/^[A-Z0-9]{4,10}$/.test(code)) {
          problem.textContent = t('join.box.invalid');
          input.setAttribute('aria-invalid', 'true');
          input.focus();
          return;
        }
        navigate(`#/atelier/${code}`);
      },
    },
    h('label', { for: 'join-code' }, t('join.box.label')),
    h('p', { class: 'help', id: 'join-code-hint' }, t('join.box.hint')),
    h('div', { class: 'copy-row' }, input, h('button', { type: 'submit' }, t('join.box.button'))),
    problem,
  );
  return h(
    'section',
    { class: 'card join-box', 'aria-labelledby': 'join-title' },
    h('h2', { id: 'join-title' }, t('join.box.title')),
    form,
  );
}
