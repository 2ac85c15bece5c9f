import type { AnswerValue } from '../../../src/domain/answers/answer-schema.js';
import { localize } from '../../../src/domain/questionnaire/localize.js';
import { h } from '../dom.js';
import { locale, t } from '../i18n.js';
import { choicesOf, isChosen, type AnyQuestion } from './question-choices.js';

export type { AnyQuestion } from './question-choices.js';
export type OnAnswer = (questionId: string, value: AnswerValue | null) => void;

/**
 * One question as a fieldset, for the pages not yet converted.
 * @deprecated Use `<QuestionField>` (question-field.tsx); goes with the last `h()` page.
 */
export function questionField(
  question: AnyQuestion,
  value: AnswerValue | undefined,
  fallbackLocale: string,
  onAnswer: OnAnswer,
): HTMLFieldSetElement {
  const text = (s: Record<string, string>) => localize(s, locale(), fallbackLocale);
  const helpId = `help-${question.id}`;
  const multiple = question.type === 'multiple';
  const choices = choicesOf(question, text);
  const inputs: HTMLInputElement[] = [];

  const readValue = (): AnswerValue | null => {
    const ticked = inputs.filter((input) => input.checked);
    if (ticked.length === 0) return null;
    if (multiple) return ticked.map((input) => input.value);
    const choice = choices[inputs.indexOf(ticked[0]!)]!;
    return choice.value;
  };

  const list = h('div', { class: 'choices' });
  choices.forEach((choice, index) => {
    const input = h('input', {
      type: multiple ? 'checkbox' : 'radio',
      name: question.id,
      value: String(choice.value),
      id: `${question.id}--${index}`,
      checked: isChosen(value, choice),
      onchange: () => {
        if (multiple && input.checked) {
          inputs.forEach((other, j) => {
            if (other !== input && (choice.alone || choices[j]!.alone)) other.checked = false;
          });
        }
        onAnswer(question.id, readValue());
      },
    });
    inputs.push(input);
    list.append(h('label', { class: 'choice', for: input.id }, input, h('span', {}, choice.label)));
  });

  const required = 'required' in question && question.required;
  return h(
    'fieldset',
    {
      class: 'question',
      id: `q-${question.id}`,
      'data-question': question.id,
      'aria-describedby': question.help ? helpId : undefined,
    },
    h(
      'legend',
      {},
      text(question.title),
      h('span', { class: 'marker' }, ` (${required ? t('diag.required') : t('diag.optional')})`),
    ),
    question.help ? h('p', { class: 'help', id: helpId }, text(question.help)) : null,
    question.type === 'scale' && question.labels
      ? h(
          'p',
          { class: 'scale-labels' },
          `${question.min} = ${text(question.labels.min)} · ${question.max} = ${text(question.labels.max)}`,
        )
      : null,
    list,
    h(
      'button',
      {
        type: 'button',
        class: 'link clear',
        onclick: () => {
          inputs.forEach((input) => (input.checked = false));
          onAnswer(question.id, null);
        },
      },
      t('diag.clear'),
    ),
  );
}
