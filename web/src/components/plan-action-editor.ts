import type { PlanActionChanges, PlanActionView } from '../plan-api.js';
import { h } from '../dom.js';
import { t, type MessageKey } from '../i18n.js';

/** The API's limits (src/domain/owned-plan/owned-plan-schema.ts). */
export const TITLE_MAX = 200;
export const OWNER_MAX = 100;

const STATUSES = ['planned', 'in_progress', 'done'] as const;
const COSTS = ['', 'free', 'paid'] as const;

export interface ActionEditorOptions {
  areas: Array<{ id: string; title: string }>;
  /** Saves the changed field; answers false when it could not be saved. */
  save: (changes: PlanActionChanges) => Promise<boolean>;
  remove: () => void;
}

/**
 * One action of the plan as a small form: what, who, by when, free or paid, and how far along.
 * Each field is saved as soon as it is left changed; the page says when it is saved.
 */
export function planActionEditor(
  action: PlanActionView,
  options: ActionEditorOptions,
): HTMLElement {
  const prefix = `action-${action.id}`;
  const field = (name: string, label: string, control: HTMLElement, hint?: string) =>
    h(
      'div',
      { class: `field plan-field plan-field-${name}` },
      h('label', { for: control.id }, label),
      hint ? h('p', { class: 'help', id: `${control.id}-hint` }, hint) : null,
      control,
    );

  // Two lines: a proposal's wording is often longer than a phone's width.
  const title = h(
    'textarea',
    { id: `${prefix}-title`, maxlength: TITLE_MAX, rows: 2, required: true },
    action.title,
  );
  let savedTitle = action.title;
  title.addEventListener('change', async () => {
    const value = title.value.trim();
    if (!value) {
      title.value = savedTitle;
      return;
    }
    if (await options.save({ title: value })) {
      savedTitle = value;
      article.setAttribute('aria-label', value);
    }
  });

  const owner = h('input', {
    type: 'text',
    id: `${prefix}-owner`,
    value: action.owner ?? '',
    maxlength: OWNER_MAX,
    autocomplete: 'off',
    'aria-describedby': `${prefix}-owner-hint`,
  });
  owner.addEventListener('change', () => void options.save({ owner: owner.value.trim() || null }));

  const due = h('input', { type: 'date', id: `${prefix}-due`, value: action.dueDate ?? '' });
  due.addEventListener('change', () => void options.save({ dueDate: due.value || null }));

  const cost = select(`${prefix}-cost`, action.cost ?? '', COSTS, (value) =>
    value ? (`plan.cost.${value}` as MessageKey) : 'plan.cost.unknown',
  );
  cost.addEventListener(
    'change',
    () => void options.save({ cost: (cost.value || null) as PlanActionChanges['cost'] }),
  );

  const status = select(
    `${prefix}-status`,
    action.status,
    STATUSES,
    (value) => `plan.status.${value}` as MessageKey,
  );
  status.addEventListener('change', () => {
    article.dataset.status = status.value;
    void options.save({ status: status.value as PlanActionView['status'] });
  });

  const area = options.areas.find((item) => item.id === action.areaId);
  const remove = h(
    'button',
    { type: 'button', class: 'danger', id: `${prefix}-delete` },
    t('plan.action.delete'),
  );
  remove.addEventListener('click', () => {
    if (window.confirm(t('plan.action.delete.confirm', { title: savedTitle }))) options.remove();
  });

  const article = h(
    'article',
    {
      class: 'plan-action',
      id: prefix,
      'aria-label': action.title,
      'data-status': action.status,
    },
    area ? h('p', { class: 'eyebrow' }, area.title) : null,
    field('title', t('plan.action.title'), title),
    h(
      'div',
      { class: 'plan-fields' },
      field('owner', t('plan.action.owner'), owner, t('plan.action.owner.hint')),
      field('due', t('plan.action.due'), due),
      field('cost', t('plan.action.cost'), cost),
      field('status', t('plan.action.status'), status),
    ),
    remove,
  );
  return article;
}

function select<T extends string>(
  id: string,
  value: string,
  values: readonly T[],
  label: (value: T) => MessageKey,
): HTMLSelectElement {
  return h(
    'select',
    { id },
    ...values.map((option) =>
      h('option', { value: option, selected: option === value }, t(label(option))),
    ),
  );
}
