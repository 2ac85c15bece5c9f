import { useRef, useState } from 'preact/hooks';
import { t } from '../i18n.js';
import { normalizeJoinCode } from '../join-code.js';
import { navigate } from '../navigate.js';
import { links } from '../routes.js';

/** "Rejoindre un atelier": the code the facilitator shows, typed, opens the workshop's page. */
export function JoinBox() {
  const input = useRef<HTMLInputElement>(null);
  const [invalid, setInvalid] = useState(false);
  const submit = (event: Event) => {
    event.preventDefault();
    const code = normalizeJoinCode(input.current!.value);
    if (!/^[A-Z0-9]{4,10}$/.test(code)) {
      setInvalid(true);
      input.current!.focus();
      return;
    }
    navigate(links.workshopJoin(code));
  };
  return (
    <section class="card join-box" aria-labelledby="join-title">
      <h2 id="join-title">{t('join.box.title')}</h2>
      <form class="join-form" onSubmit={submit}>
        <label for="join-code">{t('join.box.label')}</label>
        <p class="help" id="join-code-hint">
          {t('join.box.hint')}
        </p>
        <div class="copy-row">
          <input
            ref={input}
            type="text"
            id="join-code"
            name="join-code"
            autocomplete="off"
            autocapitalize="characters"
            spellcheck={false}
            maxLength={12}
            aria-describedby="join-code-hint join-code-error"
            aria-invalid={invalid ? 'true' : undefined}
            class="code-input"
          />
          <button type="submit">{t('join.box.button')}</button>
        </div>
        <p class="error" id="join-code-error" aria-live="polite">
          {invalid ? t('join.box.invalid') : ''}
        </p>
      </form>
    </section>
  );
}
