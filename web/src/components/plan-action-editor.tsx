import { useState } from 'preact/hooks';
import { t, type MessageKey } from '../i18n.js';
import type { PlanActionChanges, PlanActionView } from '../plan-api.js';
import { confirmAction } from './confirm-dialog.js';

/** The API's limits (src/domain/owned-plan/owned-plan-schema.ts). */
export const TITLE_MAX = 200;
export const OWNER_MAX = 100;

const STATUSES = ['planned', 'in_progress', 'done'] as const;
const COSTS = ['', 'free', 'paid'] as const;

export interface ActionEditorProps {
  action: PlanActionView;
  areas: Array<{ id: string; title: string }>;
  /** Saves the changed field; answers false when it could not be saved. */
  save: (changes: PlanActionChanges) => Promise<boolean>;
  remove: () => void;
}

/**
 * One action of the plan as a small form: what, who, by when, free or paid, and how far along.
 * Each field is saved as soon as it is left changed; the page says when it is saved. The fields
 * keep what is typed (uncontrolled): a save redraws nothing under the cursor.
 */
export function PlanActionEditor({ action, areas, save, remove }: ActionEditorProps) {
  const prefix = `action-${action.id}`;
  const [savedTitle, setSavedTitle] = useState(action.title);
  const [status, setStatus] = useState(action.status);
  const area = areas.find((item) => item.id === action.areaId);

  const changeTitle = async (textarea: HTMLTextAreaElement) => {
    const value = textarea.value.trim();
    if (!value) {
      textarea.value = savedTitle;
      return;
    }
    if (await save({ title: value })) setSavedTitle(value);
  };
  const askRemove = async () => {
    const confirmed = await confirmAction({
      title: t('plan.action.delete'),
      message: t('plan.action.delete.confirm', { title: savedTitle }),
      confirmLabel: t('plan.action.delete'),
    });
    if (confirmed) remove();
  };

  return (
    <article class="plan-action" id={prefix} aria-label={savedTitle} data-status={status}>
      {area && <p class="eyebrow">{area.title}</p>}
      <Field name="title" id={`${prefix}-title`} label={t('plan.action.title')}>
        {/* Two lines: a proposal's wording is often longer than a phone's width. */}
        <textarea
          id={`${prefix}-title`}
          maxLength={TITLE_MAX}
          rows={2}
          required
          defaultValue={action.title}
          onChange={(event) => void changeTitle(event.currentTarget)}
        />
      </Field>
      <div class="plan-fields">
        <Field
          name="owner"
          id={`${prefix}-owner`}
          label={t('plan.action.owner')}
          hint={t('plan.action.owner.hint')}
        >
          <input
            type="text"
            id={`${prefix}-owner`}
            defaultValue={action.owner ?? ''}
            maxLength={OWNER_MAX}
            autocomplete="off"
            aria-describedby={`${prefix}-owner-hint`}
            onChange={(event) => void save({ owner: event.currentTarget.value.trim() || null })}
          />
        </Field>
        <Field name="due" id={`${prefix}-due`} label={t('plan.action.due')}>
          <input
            type="date"
            id={`${prefix}-due`}
            defaultValue={action.dueDate ?? ''}
            onChange={(event) => void save({ dueDate: event.currentTarget.value || null })}
          />
        </Field>
        <Field name="cost" id={`${prefix}-cost`} label={t('plan.action.cost')}>
          <Choice
            id={`${prefix}-cost`}
            value={action.cost ?? ''}
            values={COSTS}
            label={(value) => (value ? `plan.cost.${value}` : 'plan.cost.unknown')}
            onChange={(value) => void save({ cost: (value || null) as PlanActionChanges['cost'] })}
          />
        </Field>
        <Field name="status" id={`${prefix}-status`} label={t('plan.action.status')}>
          <Choice
            id={`${prefix}-status`}
            value={action.status}
            values={STATUSES}
            label={(value) => `plan.status.${value}`}
            onChange={(value) => {
              setStatus(value);
              void save({ status: value });
            }}
          />
        </Field>
      </div>
      <button type="button" class="danger" id={`${prefix}-delete`} onClick={() => void askRemove()}>
        {t('plan.action.delete')}
      </button>
    </article>
  );
}

function Field(props: {
  name: string;
  id: string;
  label: string;
  hint?: string;
  children: preact.ComponentChildren;
}) {
  return (
    <div class={`field plan-field plan-field-${props.name}`}>
      <label for={props.id}>{props.label}</label>
      {props.hint && (
        <p class="help" id={`${props.id}-hint`}>
          {props.hint}
        </p>
      )}
      {props.children}
    </div>
  );
}

function Choice<T extends string>(props: {
  id: string;
  value: string;
  values: readonly T[];
  label: (value: T) => MessageKey;
  onChange: (value: T) => void;
}) {
  return (
    <select id={props.id} onChange={(event) => props.onChange(event.currentTarget.value as T)}>
      {props.values.map((option) => (
        <option value={option} key={option} selected={option === props.value}>
          {t(props.label(option))}
        </option>
      ))}
    </select>
  );
}
