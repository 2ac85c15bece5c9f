import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { AnswerValue } from '../../../../src/domain/answers/answer-schema.js';
import { unansweredRequired } from '../../../../src/domain/answers/unanswered-required.js';
import { localize } from '../../../../src/domain/questionnaire/localize.js';
import { api, type Credentials } from '../../api.js';
import type { AnyQuestion } from '../../components/question-field.js';
import { locale, t } from '../../i18n.js';
import { problemMessage } from '../../problem-message.js';
import { useFocusHeading } from '../../use-focus-heading.js';
import { entryOrder, shownQuestions, withoutHidden } from './paper-entry-keys.js';
import type { Entry } from './paper-entry-page.js';

function answerText(
  question: AnyQuestion,
  value: AnswerValue | undefined,
  text: (s: Record<string, string>) => string,
): string {
  if (value === undefined) return t('entry.summary.none');
  const label = (id: string | number) => {
    const option = question.options.find((o) => o.id === id);
    return option ? text(option.label) : String(id);
  };
  return Array.isArray(value) ? value.map(label).join(', ') : label(value);
}

/** Every answer to check, each with a way back to fix it; sent once complete. */
export function EntrySummary(props: {
  entry: Entry;
  onFix: (position: number) => void;
  onSent: (credentials: Credentials) => void;
}) {
  const { entry } = props;
  const { questionnaire } = entry;
  const heading = useFocusHeading<HTMLHeadingElement>();
  const submit = useRef<HTMLButtonElement>(null);
  const [sending, setSending] = useState(false);
  const [problem, setProblem] = useState<string>();
  const text = (s: Record<string, string>) => localize(s, locale(), questionnaire.defaultLocale);
  const answers = withoutHidden(questionnaire, entry.answers);
  const shown = shownQuestions(questionnaire, answers);
  const missing = new Set(unansweredRequired(questionnaire, answers));
  const order = entryOrder(questionnaire);
  // Complete: Enter sends at once (the heading was read out as the page changed).
  useLayoutEffect(() => submit.current?.focus(), []);
  const send = async () => {
    setSending(true);
    try {
      const name = entry.associationName || undefined;
      const started = entry.workshop
        ? await api.join(entry.workshop.joinCode, { associationName: name })
        : await api.start(questionnaire.id, entry.responseLocale, {
            version: questionnaire.version,
            associationName: name,
          });
      const credentials: Credentials = { id: started.id, token: started.token };
      await api.saveAnswers(credentials, { answers });
      await api.submit(credentials);
      props.onSent(credentials);
    } catch (error) {
      setSending(false);
      setProblem(problemMessage(error));
    }
  };
  return (
    <>
      <h1 ref={heading}>{t('entry.summary.title')}</h1>
      <p>{t('entry.summary.name', { name: entry.associationName || '—' })}</p>
      {missing.size > 0 ? (
        <p class="error">{t('entry.summary.missing', { count: missing.size })}</p>
      ) : (
        <p class="ok">{t('entry.summary.complete')}</p>
      )}
      <ol class="entry-summary">
        {shown.map((question, position) => (
          <li
            key={question.id}
            class={missing.has(question.id) ? 'missing' : undefined}
            value={order.indexOf(question) + 1}
          >
            <span class="question">{text(question.title)}</span>{' '}
            <strong>{answerText(question, answers[question.id], text)}</strong>{' '}
            <button type="button" class="link" onClick={() => props.onFix(position)}>
              {t('entry.summary.fix')}
            </button>
          </li>
        ))}
      </ol>
      {missing.size === 0 && (
        <button
          ref={submit}
          type="button"
          class="primary"
          id="entry-submit"
          disabled={sending}
          onClick={() => void send()}
        >
          {t('entry.submit')}
        </button>
      )}
      <div aria-live="polite">
        {problem && (
          <p class="error" role="alert">
            {problem}
          </p>
        )}
      </div>
    </>
  );
}
