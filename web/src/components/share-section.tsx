import { useEffect, useRef, useState } from 'preact/hooks';
import type { Respondent } from '../../../src/domain/questionnaire/questionnaire-schema.js';
import { ApiError, type Credentials } from '../api.js';
import { centreLabel } from '../centre-label.js';
import { announce } from '../announce.js';
import { formatDate } from '../format-date.js';
import { t } from '../i18n.js';
import { normalizeJoinCode } from '../join-code.js';
import { problemMessage } from '../problem-message.js';
import { shareApi } from '../share-api.js';

type Shares = Awaited<ReturnType<typeof shareApi.list>>['shares'];
type Status = { text: string; error: boolean } | undefined;

const shareProblem = (error: unknown) =>
  problemMessage(error, {}, { otherwise: () => t('share.failed') });

/**
 * "Share with a support centre", on the results of a submitted diagnosis: the code the centre
 * gave, the centre's name it opens, a consent box that says exactly what the centre will see and
 * that it can be withdrawn, then the list of centres, each with its "withdraw" button.
 */
export function ShareSection({
  credentials,
  respondent,
}: {
  credentials: Credentials;
  /** Whose results: the consent speaks as "we" for an association, as "I" for a person. */
  respondent: Respondent;
}) {
  const [shares, setShares] = useState<Shares | { error: string }>();
  const [status, setStatus] = useState<Status>();
  const [typed, setTyped] = useState('');
  const [codeInvalid, setCodeInvalid] = useState(false);
  const [asking, setAsking] = useState<{ code: string; centre: string }>();
  const code = useRef<HTMLInputElement>(null);
  const say = (text: string, error = false) => setStatus({ text, error });

  const refresh = async () => {
    try {
      setShares((await shareApi.list(credentials)).shares);
    } catch (error) {
      setShares({ error: shareProblem(error) });
    }
  };
  useEffect(() => {
    void refresh();
  }, [credentials]);

  const lookUp = async (event: Event) => {
    event.preventDefault();
    setAsking(undefined);
    setStatus(undefined);
    setCodeInvalid(false);
    const shareCode = normalizeJoinCode(typed);
    const refuse = (message: string) => {
      setCodeInvalid(true);
      code.current!.focus();
      say(message, true);
    };
    if (!shareCode) return refuse(t('share.code.missing'));
    try {
      const { centreName } = await shareApi.centre(shareCode);
      setAsking({ code: shareCode, centre: centreLabel(centreName) });
    } catch (error) {
      if (error instanceof ApiError && error.status === 404) return refuse(t('share.code.unknown'));
      say(shareProblem(error), true);
    }
  };

  const withdraw = async (facilitatorId: string, centre: string) => {
    try {
      await shareApi.withdraw(credentials, facilitatorId);
      say(t('share.withdrawn', { centre }));
      announce(t('share.withdrawn', { centre }));
      await refresh();
      code.current!.focus();
    } catch (error) {
      say(shareProblem(error), true);
    }
  };

  return (
    <section class="card share" aria-labelledby="share-title">
      <h2 id="share-title">{t('share.title')}</h2>
      <p>{t('share.intro')}</p>
      <div class="share-list">
        {shares && 'error' in shares && <p class="error">{shares.error}</p>}
        {Array.isArray(shares) && shares.length === 0 && <p class="meta">{t('share.none')}</p>}
        {Array.isArray(shares) && shares.length > 0 && (
          <ul class="share-centres">
            {shares.map((share) => {
              const centre = centreLabel(share.centreName);
              return (
                <li key={share.facilitatorId}>
                  <span>{t('share.with', { centre, date: formatDate(share.consentedAt) })}</span>{' '}
                  <button
                    type="button"
                    class="danger"
                    aria-label={t('share.withdraw.label', { centre })}
                    onClick={() => void withdraw(share.facilitatorId, centre)}
                  >
                    {t('share.withdraw')}
                  </button>
                </li>
              );
            })}
          </ul>
        )}
      </div>
      <form class="share-form" noValidate onSubmit={(event) => void lookUp(event)}>
        <div class="field">
          <label for="share-code">{t('share.code')}</label>
          <p class="help" id="share-code-hint">
            {t('share.code.hint')}
          </p>
          <div class="copy-row">
            <input
              ref={code}
              type="text"
              id="share-code"
              name="shareCode"
              class="code-input"
              autocomplete="off"
              autocapitalize="characters"
              spellcheck={false}
              maxLength={12}
              aria-describedby="share-code-hint"
              aria-invalid={codeInvalid ? 'true' : undefined}
              value={typed}
              onInput={(event) => setTyped(event.currentTarget.value)}
            />
            <button type="submit">{t('share.lookUp')}</button>
          </div>
        </div>
      </form>
      <div class="share-confirm">
        {asking && (
          <ConsentStep
            centre={asking.centre}
            respondent={respondent}
            onCancel={() => {
              setAsking(undefined);
              code.current!.focus();
            }}
            onMissing={() => say(t('share.consent.missing'), true)}
            onConfirm={async () => {
              try {
                const share = await shareApi.share(credentials, asking.code);
                setAsking(undefined);
                setTyped('');
                const centre = centreLabel(share.centreName);
                say(t('share.done', { centre }));
                announce(t('share.done', { centre }));
                await refresh();
              } catch (error) {
                say(
                  error instanceof ApiError && error.code === 'share_code_not_found'
                    ? t('share.code.unknown')
                    : shareProblem(error),
                  true,
                );
              }
            }}
          />
        )}
      </div>
      <div class="share-status" aria-live="polite">
        {status &&
          (status.error ? (
            <p class="error" role="alert">
              {status.text}
            </p>
          ) : (
            <p>{status.text}</p>
          ))}
      </div>
    </section>
  );
}

function ConsentStep(props: {
  centre: string;
  respondent: Respondent;
  onCancel: () => void;
  onMissing: () => void;
  onConfirm: () => Promise<void>;
}) {
  const consent = useRef<HTMLInputElement>(null);
  const [invalid, setInvalid] = useState(false);
  useEffect(() => consent.current!.focus(), []);
  const confirm = () => {
    if (!consent.current!.checked) {
      setInvalid(true);
      consent.current!.focus();
      return props.onMissing();
    }
    void props.onConfirm();
  };
  return (
    <div class="field consent">
      <p class="share-question">{t('share.question', { centre: props.centre })}</p>
      <label class="choice" for="share-consent">
        <input
          ref={consent}
          type="checkbox"
          id="share-consent"
          aria-invalid={invalid ? 'true' : undefined}
        />
        <span>{t('share.consent', { centre: props.centre, respondent: props.respondent })}</span>
      </label>
      <div class="share-buttons">
        <button type="button" class="primary" onClick={confirm}>
          {t('share.confirm')}
        </button>{' '}
        <button type="button" class="link" onClick={props.onCancel}>
          {t('share.cancel')}
        </button>
      </div>
    </div>
  );
}
