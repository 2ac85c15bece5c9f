import { useState } from 'preact/hooks';
import { localize } from '../../../src/domain/questionnaire/localize.js';
import { api, type QuestionnaireSummary } from '../api.js';
import { JoinBox } from '../components/join-box.js';
import { LoadAnswersFile } from '../components/load-answers-file.js';
import { locale, t } from '../i18n.js';
import { navigate } from '../navigate.js';
import { ErrorPage } from './error-page.js';
import { currentCredentials, parseResumeLink, rememberCurrent } from '../resume-link.js';
import { links } from '../routes.js';
import { useFocusHeading } from '../use-focus-heading.js';
import { useLoad } from '../use-load.js';

/** The first page: the questionnaires to start, a workshop to join, a diagnosis to resume. */
export function HomePage() {
  const [attempt, setAttempt] = useState(0);
  const loaded = useLoad(() => api.listQuestionnaires(), [attempt]);
  // Starting a diagnosis can fail too: the page then says why, as when the list fails.
  const [startFailure, setStartFailure] = useState<{ error: unknown }>();
  const failure = startFailure ?? (loaded.state === 'failed' ? loaded : undefined);
  const retry = () => {
    setStartFailure(undefined);
    setAttempt((n) => n + 1);
  };
  if (failure) return <ErrorPage error={failure.error} retry={retry} />;
  if (loaded.state !== 'loaded') return <p role="status">{t('home.loading')}</p>;
  return (
    <HomeContent
      questionnaires={loaded.value.questionnaires}
      onFailure={(error) => setStartFailure({ error })}
    />
  );
}

function HomeContent(props: {
  questionnaires: QuestionnaireSummary[];
  onFailure: (error: unknown) => void;
}) {
  const { questionnaires } = props;
  const focusRef = useFocusHeading<HTMLHeadingElement>();
  const current = currentCredentials();
  return (
    <>
      <section class="intro">
        <h1 ref={focusRef}>{t('home.title')}</h1>
        {/* A draft on this device is what its volunteer came back for: before anything else. */}
        {current && (
          <p class="resume-current">
            <a href={links.diagnosis(current.id)} class="button primary" id="resume-current">
              {t('home.resume.current')}
            </a>
          </p>
        )}
        <p class="lead">{t('home.intro')}</p>
      </section>
      <section class="card" aria-labelledby="choose-title">
        <h2 id="choose-title">{t('home.choose')}</h2>
        <ul class="questionnaire-choice">
          {questionnaires.map((q) => (
            <li key={q.id}>
              <QuestionnaireCard questionnaire={q} onFailure={props.onFailure} />
            </li>
          ))}
        </ul>
        {/* After the cards, not before: on a phone the first start button stays on the first
            screen, and the cards' own titles already tell the two apart. */}
        {questionnaires.length > 1 && <p class="meta">{t('home.choose.hint')}</p>}
      </section>
      <JoinBox />
      <section class="card" aria-labelledby="resume-title">
        <h2 id="resume-title">{t('home.resume.title')}</h2>
        <ResumeForm />
      </section>
      <LoadAnswersFile />
      <section class="card" aria-labelledby="data-title">
        <h2 id="data-title">{t('home.data.title')}</h2>
        <p>{t('home.data.text')}</p>
        <p>
          <a href={links.data()}>{t('home.data.more')}</a>
        </p>
      </section>
    </>
  );
}

function QuestionnaireCard(props: {
  questionnaire: QuestionnaireSummary;
  onFailure: (error: unknown) => void;
}) {
  const q = props.questionnaire;
  const lang = locale();
  const [starting, setStarting] = useState(false);
  const titleId = `questionnaire-${q.id}-title`;
  const title = localize(q.title, lang, q.locales[0] ?? 'fr');
  const start = async () => {
    setStarting(true);
    try {
      const started = await api.start(q.id, lang);
      rememberCurrent(started);
      navigate(links.diagnosis(started.id));
    } catch (error) {
      props.onFailure(error);
    }
  };
  return (
    <article class="questionnaire" data-questionnaire={q.id}>
      <h3 id={titleId}>{title}</h3>
      {/* The version is for facilitators and authors, not for volunteers. Every button reads
          "Start the diagnosis"; its name adds the questionnaire's title, so that a screen reader's
          list of buttons tells them apart (the visible words still begin the name). */}
      <button
        type="button"
        class="primary"
        aria-label={t('home.start.label', { title })}
        disabled={starting}
        onClick={() => void start()}
      >
        {t('home.start')}
      </button>
      {/* Under its button: on a phone, the button of the first card is on the first screen. */}
      <p>{localize(q.description, lang, q.locales[0] ?? 'fr')}</p>
    </article>
  );
}

/** A resume link pasted from an email or a note opens that diagnosis on this device. */
function ResumeForm() {
  const [link, setLink] = useState('');
  const [invalid, setInvalid] = useState(false);
  const submit = (event: Event) => {
    event.preventDefault();
    const credentials = parseResumeLink(link);
    if (!credentials) return setInvalid(true);
    rememberCurrent(credentials);
    navigate(links.diagnosis(credentials.id));
  };
  return (
    <form class="resume" onSubmit={submit}>
      <label for="resume-link">{t('home.resume.label')}</label>
      <input
        type="url"
        id="resume-link"
        autocomplete="off"
        value={link}
        onInput={(event) => setLink(event.currentTarget.value)}
        aria-invalid={invalid ? 'true' : undefined}
      />
      <button type="submit">{t('home.resume.button')}</button>
      <p class="error" id="resume-error" aria-live="polite">
        {invalid ? t('home.resume.invalid') : ''}
      </p>
    </form>
  );
}
