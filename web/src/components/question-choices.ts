import type { AnswerValue } from '../../../src/domain/answers/answer-schema.js';
import type {
  ContextQuestion,
  ScoredQuestion,
} from '../../../src/domain/questionnaire/question-schema.js';

export type AnyQuestion = ContextQuestion | ScoredQuestion;

export interface Choice {
  id: string;
  label: string;
  value: string | number;
  /** Ticking it unticks the others (multiple choice "none", "not applicable", "I don't know"). */
  alone: boolean;
}

/** A question's choices in order: a scale's steps, then its options. */
export function choicesOf(
  question: AnyQuestion,
  text: (s: Record<string, string>) => string,
): Choice[] {
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
