import { useState } from 'preact/hooks';
import { announce } from '../../announce.js';
import {
  facilitatorApi,
  type FacilitatorProfile,
  type ShareCodeView,
} from '../../facilitator-api.js';
import { t } from '../../i18n.js';
import { displayJoinCode } from '../../join-code.js';
import { problemMessage } from '../../problem-message.js';
import { confirmAction } from '../../components/confirm-dialog.js';

const NAME_MAX = 120;

/** What the facilitator is told associations see of the centre (never its address). */
function seenAsText(centre: string | null): string {
  return centre === null ? t('portfolio.seenAs.unnamed') : t('portfolio.seenAs', { centre });
}

type Status = { message: string; error: boolean };

/** The centre's share code in large type, its renewal, and the name associations see. */
export function ShareCodePanel(props: { initial: ShareCodeView; profile: FacilitatorProfile }) {
  const [code, setCode] = useState(props.initial.shareCode);
  const [centreName, setCentreName] = useState(props.initial.centreName);
  const [name, setName] = useState(props.profile.displayName ?? '');
  const [status, setStatus] = useState<Status>();
  const failed = (error: unknown) =>
    setStatus({
      message: problemMessage(error, {}, { otherwise: () => t('portfolio.failed') }),
      error: true,
    });
  const renew = async () => {
    const confirmed = await confirmAction({
      title: t('portfolio.renew'),
      message: t('portfolio.renew.confirm'),
      confirmLabel: t('portfolio.renew'),
    });
    if (!confirmed) return;
    try {
      const renewed = await facilitatorApi.renewShareCode();
      setCode(renewed.shareCode);
      const message = t('portfolio.renewed', { code: displayJoinCode(renewed.shareCode) });
      setStatus({ message, error: false });
      announce(message);
    } catch (error) {
      failed(error);
    }
  };
  const save = async (event: Event) => {
    event.preventDefault();
    try {
      const saved = await facilitatorApi.setCentreName(name.trim() || null);
      setCentreName(saved.displayName);
      setStatus({ message: t('portfolio.name.saved'), error: false });
    } catch (error) {
      failed(error);
    }
  };
  return (
    <section class="card share-code-panel" aria-labelledby="share-code-title">
      <h2 id="share-code-title">{t('portfolio.code.title')}</h2>
      <p class="help">{t('portfolio.code.hint')}</p>
      <p class="join-code" id="share-code-value" data-code={code}>
        {displayJoinCode(code)}
      </p>
      <p id="share-seen-as">{seenAsText(centreName)}</p>
      <button type="button" id="renew-share-code" onClick={() => void renew()}>
        {t('portfolio.renew')}
      </button>
      <form class="centre-name-form" noValidate onSubmit={(event) => void save(event)}>
        <div class="field">
          <label for="centre-name">{t('portfolio.name')}</label>
          <p class="help" id="centre-name-hint">
            {t('portfolio.name.hint')}
          </p>
          <div class="copy-row">
            <input
              type="text"
              id="centre-name"
              name="displayName"
              maxLength={NAME_MAX}
              value={name}
              aria-describedby="centre-name-hint"
              onInput={(event) => setName(event.currentTarget.value)}
            />
            <button type="submit">{t('portfolio.name.save')}</button>
          </div>
        </div>
      </form>
      <div aria-live="polite">
        {status &&
          (status.error ? (
            <p class="error" role="alert">
              {status.message}
            </p>
          ) : (
            <p>{status.message}</p>
          ))}
      </div>
    </section>
  );
}
