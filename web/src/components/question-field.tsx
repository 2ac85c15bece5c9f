import { useState } from 'preact/hooks';
import type { AnswerValue } from '../../../src/domain/answers/answer-schema.js';
import { localize } from '../../../src/domain/questionnaire/localize.js';
import { locale, t } from '../i18n.js';
import { answerAfter, choicesOf, isChosen, type AnyQuestion } from './question-choices.js';

export type { AnyQuestion } from './question-choices.js';
export type OnAnswer = (questionId: string, value: AnswerValue | null) => void;

export interface QuestionFieldProps {
  question: AnyQuestion;
  /** The answer it opens with; the field then keeps the answer as it is ticked. */
  value: AnswerValue | undefined;
  fallbackLocale: string;
  onAnswer: OnAnswer;
  /** Between the legend and the choices: what a page adds about the question (the preview). */
  about?: preact.ComponentChildren;
  /** After the choices: what a page adds about them (the preview's points). */
  afterChoices?: preact.ComponentChildren;
  class?: string;
  hidden?: boolean;
}

/** One question as a fieldset: legend, help text, and its choices as radios or checkboxes. */
export function QuestionField(props: QuestionFieldProps) {
  const { question, fallbackLocale, onAnswer } = props;
  const [value, setValue] = useState<AnswerValue | null | undefined>(props.value);
  const text = (s: Record<string, string>) => localize(s, locale(), fallbackLocale);
  const helpId = `help-${question.id}`;
  const multiple = question.type === 'multiple';
  // A scale's values to the questionnaire's precision (0,25), not the scores' one decimal.
  const { format: number } = new Intl.NumberFormat(locale(), { maximumFractionDigits: 3 });
  const choices = choicesOf(question, text, number);
  const answer = (next: AnswerValue | null) => {
    setValue(next);
    onAnswer(question.id, next);
  };
  const required = 'required' in question && question.required;
  return (
    <fieldset
      class={props.class ? `question ${props.class}` : 'question'}
      id={`q-${question.id}`}
      data-question={question.id}
      aria-describedby={question.help ? helpId : undefined}
      hidden={props.hidden}
    >
      <legend>
        {text(question.title)}
        {/* Only the optional ones are marked: the form's legend says that the others are needed. */}
        {!required && <span class="marker"> ({t('diag.optional')})</span>}
      </legend>
      {props.about}
      {question.help && (
        <p class="help" id={helpId}>
          {text(question.help)}
        </p>
      )}
      {question.type === 'scale' && question.labels && (
        <p class="scale-labels">
          {`${number(question.min)} = ${text(question.labels.min)} · ${number(question.max)} = ${text(question.labels.max)}`}
        </p>
      )}
      <div class="choices">
        {choices.map((choice, index) => (
          <label class="choice" for={`${question.id}--${index}`} key={choice.id}>
            <input
              type={multiple ? 'checkbox' : 'radio'}
              name={question.id}
              value={String(choice.value)}
              id={`${question.id}--${index}`}
              checked={isChosen(value, choice)}
              onChange={(event) =>
                answer(answerAfter(question, choices, value, choice, event.currentTarget.checked))
              }
            />
            <span>{choice.label}</span>
          </label>
        ))}
      </div>
      {props.afterChoices}
      <button type="button" class="link clear" onClick={() => answer(null)}>
        {t('diag.clear')}
      </button>
    </fieldset>
  );
}
