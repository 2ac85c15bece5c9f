import type { AnswerValue } from '../../../src/domain/answers/answer-schema.js';
import { localize } from '../../../src/domain/questionnaire/localize.js';
import type {
  ContextQuestion,
  ScoredQuestion,
} from '../../../src/domain/questionnaire/question-schema.js';
import { h } from '../dom.js';
import { locale, t } from '../i18n.js';

export type AnyQuestion = ContextQuestion | ScoredQuestion;
export type OnAnswer = (questionId: string, value: AnswerValue | null) => void;

interface Choice {
  id: string;
  label: string;
  value: string | number;
  /** Ticking it unticks the others (multiple choice "none", "not applicable", "I don't know"). */
  alone: boolean;
}

/** One question as a fieldset: legend, help text, and its choices as radios or checkboxes. */
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

function choicesOf(question: AnyQuestion, text: (s: Record<string, string>) => string): Choice[] {
  const options = question.options.map((option) => ({
    id: option.id,
    label: text(option.label),
    value: option.id,
    alone: 'kind' in option || ('exclusive' in option && option.exclusive === true),
  }));
  if (question.type !== 'scale') return options;
  const steps: Choice[] = [];
  for (let v = question.min; v <= question.max; v += question.step) {
    steps.push({ id: String(v), label: String(v), value: v, alone: false });
  }
  return [...steps, ...options];
}

function isChosen(value: AnswerValue | undefined, choice: Choice): boolean {
  if (value === undefined) return false;
  if (Array.isArray(value)) return value.includes(String(choice.value));
  return value === choice.value;
}
