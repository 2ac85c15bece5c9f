import type { AnswerValue } from '../../../src/domain/answers/answer-schema.js';
import type {
  ContextQuestion,
  ScoredQuestion,
} from '../../../src/domain/questionnaire/question-schema.js';
import { scaleValues } from '../../../src/domain/questionnaire/scale-values.js';

export type AnyQuestion = ContextQuestion | ScoredQuestion;

export interface Choice {
  id: string;
  label: string;
  value: string | number;
  /** Ticking it unticks the others (multiple choice "none", "not applicable", "I don't know"). */
  alone: boolean;
}

/**
 * A question's choices in order: a scale's values (each with its own label when the
 * questionnaire gives one, "2 · Prototypage"), then its options. `number` writes a value as the
 * page's language does ("2,5").
 */
export function choicesOf(
  question: AnyQuestion,
  text: (s: Record<string, string>) => string,
  number: (value: number) => string = String,
): Choice[] {
  const options = question.options.map((option) => ({
    id: option.id,
    label: text(option.label),
    value: option.id,
    alone: 'kind' in option || ('exclusive' in option && option.exclusive === true),
  }));
  if (question.type !== 'scale') return options;
  const steps = scaleValues(question).map((v, i): Choice => {
    const label = question.stepLabels?.[i];
    return {
      id: String(v),
      label: label ? `${number(v)} · ${text(label)}` : number(v),
      value: v,
      alone: false,
    };
  });
  return [...steps, ...options];
}

export function isChosen(value: AnswerValue | null | undefined, choice: Choice): boolean {
  if (value === undefined || value === null) return false;
  if (Array.isArray(value)) return value.includes(String(choice.value));
  return value === choice.value;
}

/**
 * The answer once `choice` is ticked or unticked. Single choice and scale: that choice. Multiple
 * choice: the ticked ones, where a choice that stands alone ("none of these", "I don't know")
 * unticks all others, and any other unticks those that stand alone. Null when nothing is ticked.
 */
export function answerAfter(
  question: AnyQuestion,
  choices: Choice[],
  value: AnswerValue | null | undefined,
  choice: Choice,
  ticked: boolean,
): AnswerValue | null {
  if (question.type !== 'multiple') return ticked ? choice.value : null;
  const before = choices.filter((c) => isChosen(value, c));
  const after = ticked
    ? [...before.filter((c) => !choice.alone && !c.alone), choice]
    : before.filter((c) => c !== choice);
  // In the order of the question, as the boxes read.
  const ids = choices.filter((c) => after.includes(c)).map((c) => String(c.value));
  return ids.length === 0 ? null : ids;
}
