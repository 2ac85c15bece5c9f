import { useState } from 'preact/hooks';
import { t } from '../i18n.js';

/** SELFIE's action-planning guidance advises two or three; the API takes at most three. */
export const MAX_PRIORITIES = 3;

export interface PriorityArea {
  id: string;
  title: string;
  /** "33 / 100", or why there is no score. */
  score: string;
  /** One of the weakest areas, which the page suggests. */
  suggested?: boolean;
}

/**
 * The plan's priority areas as checkboxes, in the order they were ticked. A fourth is refused
 * with a message, and so is unticking the last one (a plan keeps at least one priority); every
 * accepted change goes to `onChange`.
 */
export function PriorityPicker(props: {
  areas: PriorityArea[];
  chosen: string[];
  onChange: (areaIds: string[]) => void;
}) {
  const { chosen } = props;
  const [refusal, setRefusal] = useState('');
  const toggle = (input: HTMLInputElement, areaId: string) => {
    if (input.checked && chosen.length >= MAX_PRIORITIES) {
      // The box is put back at once: the refusal redraws nothing that would undo the tick.
      input.checked = false;
      setRefusal(t('plan.priorities.tooMany', { max: MAX_PRIORITIES }));
      return;
    }
    if (!input.checked && chosen.length === 1) {
      input.checked = true;
      setRefusal(t('plan.priorities.atLeastOne'));
      return;
    }
    setRefusal('');
    props.onChange(
      input.checked ? [...chosen, areaId] : chosen.filter((chosenId) => chosenId !== areaId),
    );
  };
  return (
    <fieldset class="priorities">
      <legend>{t('plan.priorities.legend')}</legend>
      <p class="help">{t('plan.priorities.help')}</p>
      <div class="choices">
        {props.areas.map((area) => (
          <label class="choice" for={`priority-${area.id}`} key={area.id}>
            <input
              type="checkbox"
              id={`priority-${area.id}`}
              name="priorities"
              value={area.id}
              checked={chosen.includes(area.id)}
              aria-describedby="priorities-message"
              onChange={(event) => toggle(event.currentTarget, area.id)}
            />
            <span>
              {area.title}
              <span class="meta choice-meta">
                {area.suggested
                  ? t('plan.priorities.suggestedScore', { score: area.score })
                  : area.score}
              </span>
            </span>
          </label>
        ))}
      </div>
      <p
        class={refusal ? 'field-message error' : 'field-message'}
        id="priorities-message"
        aria-live="polite"
      >
        {refusal}
      </p>
    </fieldset>
  );
}
