import { useRef, useState } from 'preact/hooks';
import { t } from '../i18n.js';
import { TITLE_MAX } from './plan-action-editor.js';

/**
 * "Add our own action": what, and for which area (optional); who, when and the rest are then
 * edited like any other action. `add` answers false when the action could not be saved, and
 * the typed text stays.
 */
export function OwnActionForm(props: {
  areas: Array<{ id: string; title: string }>;
  add: (action: { title: string; areaId?: string }) => Promise<boolean>;
}) {
  const [title, setTitle] = useState('');
  const [areaId, setAreaId] = useState('');
  const [missing, setMissing] = useState(false);
  const titleInput = useRef<HTMLInputElement>(null);
  const submit = async (event: Event) => {
    event.preventDefault();
    const what = title.trim();
    if (!what) {
      setMissing(true);
      titleInput.current?.focus();
      return;
    }
    setMissing(false);
    if (await props.add({ title: what, ...(areaId ? { areaId } : {}) })) {
      setTitle('');
      setAreaId('');
    }
  };
  return (
    <form class="own-action" onSubmit={(event) => void submit(event)}>
      <h3>{t('plan.own.title')}</h3>
      <div class="field">
        <label for="own-title">{t('plan.action.title')}</label>
        <input
          type="text"
          id="own-title"
          ref={titleInput}
          maxLength={TITLE_MAX}
          value={title}
          onInput={(event) => setTitle(event.currentTarget.value)}
        />
      </div>
      <div class="field">
        <label for="own-area">{t('plan.own.area')}</label>
        <select
          id="own-area"
          value={areaId}
          onChange={(event) => setAreaId(event.currentTarget.value)}
        >
          <option value="">{t('plan.own.noArea')}</option>
          {props.areas.map((area) => (
            <option value={area.id} key={area.id}>
              {area.title}
            </option>
          ))}
        </select>
      </div>
      <p class={missing ? 'field-message error' : 'field-message'} aria-live="polite">
        {missing ? t('plan.own.missingTitle') : ''}
      </p>
      <button type="submit" id="own-add">
        {t('plan.own.add')}
      </button>
    </form>
  );
}
