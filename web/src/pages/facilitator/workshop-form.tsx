import { useEffect, useRef, useState } from 'preact/hooks';
import { localize } from '../../../../src/domain/questionnaire/localize.js';
import { ApiError, type QuestionnaireSummary } from '../../api.js';
import { facilitatorApi, isSignedOut } from '../../facilitator-api.js';
import { locale, t } from '../../i18n.js';
import { navigate } from '../../navigate.js';
import { problemMessage } from '../../problem-message.js';
import { links } from '../../routes.js';

const TITLE_MAX = 200;

type Field = 'title' | 'date' | 'closesAt';
type Problem = { message: string; field?: Field };
const FIELD_OF_POINTER: Record<string, Field> = {
  '/title': 'title',
  '/date': 'date',
  '/closesAt': 'closesAt',
};

/** Today as YYYY-MM-DD in the facilitator's time zone (toISOString would give UTC's day). */
export function localDay(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The form that creates a workshop, then opens its dashboard. */
export function WorkshopForm({ questionnaires }: { questionnaires: QuestionnaireSummary[] }) {
  const lang = locale();
  const [title, setTitle] = useState('');
  const [date, setDate] = useState(() => localDay(new Date()));
  const [questionnaireId, setQuestionnaireId] = useState(questionnaires[0]?.id ?? '');
  const chosen = questionnaires.find((q) => q.id === questionnaireId);
  // The versions and languages of the questionnaire chosen; the latest version by default.
  const [version, setVersion] = useState(chosen?.latest ?? '');
  const [language, setLanguage] = useState<string>(lang);
  const [closesAt, setClosesAt] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem>();
  const [failures, setFailures] = useState(0);
  const fields = {
    title: useRef<HTMLInputElement>(null),
    date: useRef<HTMLInputElement>(null),
    closesAt: useRef<HTMLInputElement>(null),
  };
  useEffect(() => {
    if (problem?.field) fields[problem.field].current?.focus();
  }, [failures]);
  const fail = (next: Problem) => {
    setProblem(next);
    setFailures((n) => n + 1);
  };
  const choose = (id: string) => {
    setQuestionnaireId(id);
    const next = questionnaires.find((q) => q.id === id);
    setVersion(next?.latest ?? '');
    setLanguage(next?.locales.includes(lang) ? lang : (next?.locales[0] ?? lang));
  };
  const submit = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    if (!title.trim()) return fail({ message: t('workshops.form.missingTitle'), field: 'title' });
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date))
      return fail({ message: t('workshops.form.missingDate'), field: 'date' });
    // datetime-local is the facilitator's local time: sent as an instant.
    const closing = closesAt ? new Date(closesAt) : undefined;
    if (closing && Number.isNaN(closing.getTime()))
      return fail({ message: t('workshops.form.badClosing'), field: 'closesAt' });
    setProblem(undefined);
    setBusy(true);
    try {
      const created = await facilitatorApi.create({
        title: title.trim(),
        date,
        questionnaireId,
        ...(version ? { version } : {}),
        ...(language ? { locale: language } : {}),
        ...(closing ? { closesAt: closing.toISOString() } : {}),
      });
      navigate(links.facilitator.workshop(created.id));
    } catch (error) {
      if (isSignedOut(error)) return navigate(location.hash); // The sign-in form, then back here.
      const first = error instanceof ApiError ? error.errors[0] : undefined;
      fail({
        message: problemMessage(
          error,
          {},
          {
            otherwise: (detail) => t('workshops.form.refused', { detail: first?.detail ?? detail }),
          },
        ),
        field: FIELD_OF_POINTER[first?.pointer ?? ''],
      });
    } finally {
      setBusy(false);
    }
  };
  const invalid = (field: Field) => (problem?.field === field ? 'true' : undefined);
  return (
    <section class="card" aria-labelledby="create-title">
      <h2 id="create-title">{t('workshops.create')}</h2>
      <form class="create-form" noValidate onSubmit={(event) => void submit(event)}>
        <div class="field">
          <label for="workshop-title">{t('workshops.form.title')}</label>
          <input
            ref={fields.title}
            type="text"
            id="workshop-title"
            name="title"
            required
            maxLength={TITLE_MAX}
            value={title}
            aria-invalid={invalid('title')}
            onInput={(event) => setTitle(event.currentTarget.value)}
          />
        </div>
        <div class="field">
          <label for="workshop-date">{t('workshops.form.date')}</label>
          <input
            ref={fields.date}
            type="date"
            id="workshop-date"
            name="date"
            required
            value={date}
            aria-invalid={invalid('date')}
            onInput={(event) => setDate(event.currentTarget.value)}
          />
        </div>
        <div class="field">
          <label for="workshop-questionnaire">{t('workshops.form.questionnaire')}</label>
          <select
            id="workshop-questionnaire"
            name="questionnaireId"
            value={questionnaireId}
            onChange={(event) => choose(event.currentTarget.value)}
          >
            {questionnaires.map((q) => (
              <option key={q.id} value={q.id}>
                {localize(q.title, lang, q.locales[0] ?? 'fr')}
              </option>
            ))}
          </select>
        </div>
        <div class="field-row">
          <div class="field">
            <label for="workshop-version">{t('workshops.form.version')}</label>
            <select
              id="workshop-version"
              name="version"
              value={version}
              onChange={(event) => setVersion(event.currentTarget.value)}
            >
              {(chosen?.versions ?? [])
                .slice()
                .reverse()
                .map((v) => (
                  <option key={v} value={v}>
                    {v === chosen?.latest ? t('workshops.form.latest', { version: v }) : v}
                  </option>
                ))}
            </select>
          </div>
          <div class="field">
            <label for="workshop-locale">{t('workshops.form.locale')}</label>
            <select
              id="workshop-locale"
              name="locale"
              value={language}
              onChange={(event) => setLanguage(event.currentTarget.value)}
            >
              {(chosen?.locales ?? []).map((code) => (
                <option key={code} value={code}>
                  {code === 'fr' || code === 'en' ? t(`lang.${code}`) : code}
                </option>
              ))}
            </select>
          </div>
        </div>
        <div class="field">
          <label for="workshop-closes">{t('workshops.form.closesAt')}</label>
          <p class="help" id="workshop-closes-hint">
            {t('workshops.form.closesAt.hint')}
          </p>
          <input
            ref={fields.closesAt}
            type="datetime-local"
            id="workshop-closes"
            name="closesAt"
            aria-describedby="workshop-closes-hint"
            value={closesAt}
            aria-invalid={invalid('closesAt')}
            onInput={(event) => setClosesAt(event.currentTarget.value)}
          />
        </div>
        <button type="submit" class="primary" aria-disabled={busy ? 'true' : undefined}>
          {t('workshops.form.create')}
        </button>
        <div class="create-problem" aria-live="polite">
          {problem && (
            <p class="error" role="alert">
              {problem.message}
            </p>
          )}
        </div>
      </form>
    </section>
  );
}
