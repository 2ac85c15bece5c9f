import { useEffect, useRef, useState } from 'preact/hooks';
import { ApiError, type QuestionnaireSummary } from '../../api.js';
import {
  QuestionnaireSelect,
  useQuestionnaireChoice,
  VersionSelect,
} from '../../components/questionnaire-choice.js';
import { TextField } from '../../components/text-field.js';
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
  const choice = useQuestionnaireChoice(questionnaires);
  const { questionnaireId, chosen, version } = choice;
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
    const next = choice.choose(id);
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
  return (
    <section class="card" aria-labelledby="create-title">
      <h2 id="create-title">{t('workshops.create')}</h2>
      <form class="create-form" noValidate onSubmit={(event) => void submit(event)}>
        <TextField
          id="workshop-title"
          label={t('workshops.form.title')}
          name="title"
          required
          maxLength={TITLE_MAX}
          value={title}
          onValue={setTitle}
          invalid={problem?.field === 'title'}
          inputRef={fields.title}
        />
        <TextField
          id="workshop-date"
          label={t('workshops.form.date')}
          type="date"
          name="date"
          required
          value={date}
          onValue={setDate}
          invalid={problem?.field === 'date'}
          inputRef={fields.date}
        />
        <QuestionnaireSelect
          id="workshop-questionnaire"
          label={t('workshops.form.questionnaire')}
          name="questionnaireId"
          questionnaires={questionnaires}
          value={questionnaireId}
          onChoose={choose}
        />
        <div class="field-row">
          <VersionSelect
            id="workshop-version"
            label={t('workshops.form.version')}
            name="version"
            questionnaire={chosen}
            value={version}
            onChoose={choice.setVersion}
            optionLabel={(v) =>
              v === chosen?.latest ? t('workshops.form.latest', { version: v }) : v
            }
          />
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
        <TextField
          id="workshop-closes"
          label={t('workshops.form.closesAt')}
          hint={t('workshops.form.closesAt.hint')}
          type="datetime-local"
          name="closesAt"
          value={closesAt}
          onValue={setClosesAt}
          invalid={problem?.field === 'closesAt'}
          inputRef={fields.closesAt}
        />
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
