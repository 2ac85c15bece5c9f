import { h } from '../dom.js';
import { t } from '../i18n.js';
import { TITLE_MAX } from './plan-action-editor.js';

/**
 * "Add our own action": what, and for which area (optional); who, when and the rest are then
 * edited like any other action. `add` answers false when the action could not be saved, and
 * the typed text stays.
 */
export function ownActionForm(
  areas: Array<{ id: string; title: string }>,
  add: (action: { title: string; areaId?: string }) => Promise<boolean>,
): HTMLFormElement {
  const title = h('input', { type: 'text', id: 'own-title', maxlength: TITLE_MAX });
  const area = h(
    'select',
    { id: 'own-area' },
    h('option', { value: '' }, t('plan.own.noArea')),
    ...areas.map((item) => h('option', { value: item.id }, item.title)),
  );
  const problem = h('p', { class: 'field-message', 'aria-live': 'polite' });
  const form = h(
    'form',
    { class: 'own-action' },
    h('h3', {}, t('plan.own.title')),
    h('div', { class: 'field' }, h('label', { for: title.id }, t('plan.action.title')), title),
    h('div', { class: 'field' }, h('label', { for: area.id }, t('plan.own.area')), area),
    problem,
    h('button', { type: 'submit', id: 'own-add' }, t('plan.own.add')),
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const what = title.value.trim();
    if (!what) {
      problem.textContent = t('plan.own.missingTitle');
      problem.className = 'field-message error';
      title.focus();
      return;
    }
    problem.textContent = '';
    if (await add({ title: what, ...(area.value ? { areaId: area.value } : {}) })) {
      title.value = '';
      area.value = '';
    }
  });
  return form;
}
