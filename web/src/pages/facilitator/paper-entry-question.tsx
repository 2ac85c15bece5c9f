import { useLayoutEffect, useRef } from 'preact/hooks';
import type { Answers } from '../../../../src/domain/answers/answer-schema.js';
import { QuestionField } from '../../components/question-field.js';
import { announce } from '../../announce.js';
import { t } from '../../i18n.js';
import { entryKeyAction, entryOrder, setAnswer, shownQuestions } from './paper-entry-keys.js';
import type { Entry } from './paper-entry-page.js';

/** One question of the paper form, answered with the keys; the page says where it stands. */
export function EntryQuestion(props: {
  entry: Entry;
  position: number;
  onAnswers: (answers: Answers) => void;
  onGo: (position: number) => void;
  onEnd: () => void;
}) {
  const { entry, onGo } = props;
  const shown = shownQuestions(entry.questionnaire, entry.answers);
  const at = Math.max(0, props.position);
  const question = shown[at];
  const past = question === undefined;
  useLayoutEffect(() => {
    if (past) props.onEnd();
  }, [past]);
  if (!question) return null;
  const number = entryOrder(entry.questionnaire).indexOf(question) + 1;
  const progress = t('entry.progress', { number, position: at + 1, count: shown.length });
  return (
    <>
      <p class="meta" id="entry-progress">
        {progress}
      </p>
      {/* A fresh field for each question: its choices take the focus as it opens. */}
      <QuestionKeys
        key={question.id}
        progress={progress}
        onKey={(action) => {
          if (action.kind === 'next') onGo(at + 1);
          if (action.kind === 'previous' && at > 0) onGo(at - 1);
        }}
      >
        <QuestionField
          question={question}
          value={entry.answers[question.id]}
          fallbackLocale={entry.questionnaire.defaultLocale}
          class="entry-question"
          onAnswer={(id, value) => props.onAnswers(setAnswer(entry.answers, id, value))}
        />
      </QuestionKeys>
      <div class="actions">
        <button type="button" disabled={at === 0} onClick={() => onGo(at - 1)}>
          {t('entry.previous')}
        </button>{' '}
        <button type="button" class="primary" onClick={() => onGo(at + 1)}>
          {t('entry.next')}
        </button>
      </div>
      <p class="meta">{t('entry.keys')}</p>
    </>
  );
}

/**
 * The keys of the paper entry, on the field's choices: a digit ticks a choice and focuses it,
 * Enter and Backspace move. The chosen answer (or the first choice) has the focus at once.
 */
function QuestionKeys(props: {
  progress: string;
  onKey: (action: { kind: 'next' | 'previous' }) => void;
  children: preact.ComponentChildren;
}) {
  const host = useRef<HTMLDivElement>(null);
  const inputs = () => [...host.current!.querySelectorAll('input')];
  useLayoutEffect(() => {
    const all = inputs();
    (all.find((input) => input.checked) ?? all[0])?.focus();
    announce(props.progress);
  }, []);
  const onKeyDown = (event: KeyboardEvent) => {
    const action = entryKeyAction(event);
    if (!action) return;
    event.preventDefault();
    if (action.kind === 'choice') {
      const input = inputs()[action.index];
      input?.click();
      input?.focus();
    } else props.onKey(action);
  };
  return (
    <div class="entry-keys" ref={host} onKeyDown={onKeyDown}>
      {props.children}
    </div>
  );
}
