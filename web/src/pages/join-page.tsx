import { useState } from 'preact/hooks';
import { api, ApiError } from '../api.js';
import { JoinBox } from '../components/join-box.js';
import { StartDiagnosisForm } from '../components/start-diagnosis-form.js';
import { TextField } from '../components/text-field.js';
import { formatCalendarDate } from '../format-date.js';
import { t } from '../i18n.js';
import { displayJoinCode } from '../join-code.js';
import { problemMessage } from '../problem-message.js';
import { links } from '../routes.js';
import { useFocusHeading } from '../use-focus-heading.js';
import { useLoad } from '../use-load.js';
import { ErrorPage } from './error-page.js';

/** The API's limit (src/domain/response/association-name.ts). */
const ASSOCIATION_NAME_MAX = 200;

/**
 * A workshop's page for its participants (#/atelier/K7M2QX, what the QR code opens): its title
 * and date, the association's name (optional) and the consent to show the answers themselves to
 * the facilitator, unticked unless the participant ticks it.
 */
export function JoinPage({ code }: { code: string }) {
  const [attempt, setAttempt] = useState(0);
  const loaded = useLoad(() => api.workshopByCode(code), [code, attempt]);
  if (loaded.state === 'loading') return <p role="status">{t('join.loading')}</p>;
  if (loaded.state === 'failed') {
    if (loaded.error instanceof ApiError && loaded.error.status === 404)
      return <UnknownWorkshop code={code} />;
    return <ErrorPage error={loaded.error} retry={() => setAttempt((n) => n + 1)} />;
  }
  return <JoinForm code={code} workshop={loaded.value} />;
}

type Workshop = Awaited<ReturnType<typeof api.workshopByCode>>;

function JoinForm({ code, workshop }: { code: string; workshop: Workshop }) {
  const heading = useFocusHeading<HTMLHeadingElement>();
  const [name, setName] = useState('');
  const [consent, setConsent] = useState(false);
  const title = (
    <h1 ref={heading}>
      {workshop.title}
      <span class="heading-name">{formatCalendarDate(workshop.date)}</span>
    </h1>
  );
  if (!workshop.open)
    return (
      <section class="card join">
        {title}
        <p class="error" role="alert">
          {t('join.closed')}
        </p>
        <p>
          <a href={links.home()}>{t('join.closed.alone')}</a>
        </p>
      </section>
    );
  const start = () => {
    const associationName = name.trim();
    return api.join(code, {
      ...(associationName ? { associationName } : {}),
      shareAnswers: consent,
    });
  };
  return (
    <section class="card join">
      <p class="eyebrow">{t('join.eyebrow', { code: displayJoinCode(code) })}</p>
      {title}
      <p>{t('join.intro', { respondent: workshop.respondent })}</p>
      <StartDiagnosisForm
        buttonId="join-start"
        labels={{ start: t('join.start'), starting: t('join.starting') }}
        start={start}
        problem={joinProblem}
      >
        <TextField
          id="join-name"
          label={t('join.name.label', { respondent: workshop.respondent })}
          hint={t('join.name.hint')}
          name="association-name"
          maxLength={ASSOCIATION_NAME_MAX}
          autocomplete="organization"
          value={name}
          onValue={setName}
        />
        <div class="field consent">
          <label class="choice" for="join-consent">
            <input
              type="checkbox"
              id="join-consent"
              name="share-answers"
              aria-describedby="join-consent-hint"
              checked={consent}
              onChange={(event) => setConsent(event.currentTarget.checked)}
            />
            <span>{t('join.consent')}</span>
          </label>
          <p class="help" id="join-consent-hint">
            {t('join.consent.hint')}
          </p>
        </div>
      </StartDiagnosisForm>
    </section>
  );
}

function joinProblem(error: unknown): string {
  return problemMessage(error, {
    workshop_closed: 'join.closed',
    404: 'join.unknown.short',
    400: (problem) => t('join.invalid', { detail: problem.errors[0]?.detail ?? problem.message }),
  });
}

/** An unknown code: said plainly, with the box to type it again. */
function UnknownWorkshop({ code }: { code: string }) {
  const heading = useFocusHeading<HTMLHeadingElement>();
  return (
    <>
      <section class="card join">
        <h1 ref={heading}>{t('join.unknown.title')}</h1>
        <p class="error" role="alert">
          {t('join.unknown', { code: displayJoinCode(code) })}
        </p>
      </section>
      <JoinBox />
    </>
  );
}
