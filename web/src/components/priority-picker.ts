import { h } from '../dom.js';
import { t } from '../i18n.js';

/** SELFIE's action-planning guidance advises two or three; the API takes at most three. */
export const MAX_PRIORITIES = 3;

export interface PriorityArea {
  id: string;
  title: string;
  /** "33 / 100", or why there is no score. */
  score: string;
}

/**
 * The plan's priority areas as checkboxes, in the order they were ticked. A fourth is refused
 * with a message, and so is unticking the last one (a plan keeps at least one priority); every
 * accepted change goes to `onChange`.
 */
export function priorityPicker(
  areas: PriorityArea[],
  chosen: string[],
  onChange: (areaIds: string[]) => void,
): HTMLElement {
  let current = [...chosen];
  const message = h('p', {
    class: 'field-message',
    id: 'priorities-message',
    'aria-live': 'polite',
  });
  const boxes = areas.map((area) => {
    const input = h('input', {
      type: 'checkbox',
      id: `priority-${area.id}`,
      name: 'priorities',
      value: area.id,
      checked: current.includes(area.id),
      'aria-describedby': 'priorities-message',
    });
    input.addEventListener('change', () => {
      if (input.checked && current.length >= MAX_PRIORITIES) {
        input.checked = false;
        message.textContent = t('plan.priorities.tooMany', { max: MAX_PRIORITIES });
        message.className = 'field-message error';
        return;
      }
      if (!input.checked && current.length === 1) {
        input.checked = true;
        message.textContent = t('plan.priorities.atLeastOne');
        message.className = 'field-message error';
        return;
      }
      current = input.checked
        ? [...current, area.id]
        : current.filter((areaId) => areaId !== area.id);
      message.textContent = '';
      message.className = 'field-message';
      onChange(current);
    });
    return h(
      'label',
      { class: 'choice', for: input.id },
      input,
      h('span', {}, area.title, h('span', { class: 'meta choice-meta' }, area.score)),
    );
  });
  return h(
    'fieldset',
    { class: 'priorities' },
    h('legend', {}, t('plan.priorities.legend')),
    h('p', { class: 'help' }, t('plan.priorities.help')),
    h('div', { class: 'choices' }, ...boxes),
    message,
  );
}
