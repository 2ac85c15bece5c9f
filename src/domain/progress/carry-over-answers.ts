import type { Answers, AnswerValue } from '../answers/answer-schema.js';
import { validateAnswers } from '../answers/validate-answers.js';
import { carryOverRules, type CarryOverRule } from '../questionnaire/carry-over-schema.js';
import type { Questionnaire } from '../questionnaire/questionnaire-schema.js';

export interface CarriedOverAnswers {
  /** The earlier answers that still fit a question of the new definition. */
  answers: Answers;
  /** Ids of the earlier answers left behind: their question is gone or no longer takes them. */
  dropped: string[];
}

/**
 * The starting point of a diagnosis taken again. When the new version declares how answers
 * of `fromVersion` carry over, each declared question follows its rules (renamed, options
 * merged or mapped to nothing, split into several questions, dropped); every other earlier
 * answer is kept when a question with the same id still accepts it. Whatever does not fit is
 * left behind, never guessed. The association reviews every carried answer before it submits.
 *
 * @example carryOverAnswers(v110, { site: 'yes', removed: 'x' }, '1.0.0') // { answers: { site: 'yes' }, dropped: ['removed'] }
 */
export function carryOverAnswers(
  next: Questionnaire,
  previous: Answers,
  fromVersion?: string,
): CarriedOverAnswers {
  const declaration = next.carryOver.find((d) => d.from === fromVersion);
  const answers: Answers = {};
  const dropped: string[] = [];
  const fits = (questionId: string, value: AnswerValue) =>
    !(questionId in answers) && validateAnswers(next, { [questionId]: value }).length === 0;
  const undeclared: Array<[string, AnswerValue]> = [];

  // Declared questions first: an author's rename claims its new id before a same-id answer.
  for (const [questionId, value] of Object.entries(previous)) {
    if (declaration?.drop.includes(questionId)) {
      dropped.push(questionId);
      continue;
    }
    const written = declaration?.questions[questionId];
    if (!written) {
      undeclared.push([questionId, value]);
      continue;
    }
    let carried = false;
    for (const rule of carryOverRules(written)) {
      const to = rule.to ?? questionId;
      const mapped = mapValue(rule, value, next, to);
      if (mapped !== undefined && fits(to, mapped)) {
        answers[to] = mapped;
        carried = true;
      }
    }
    if (!carried) dropped.push(questionId);
  }
  for (const [questionId, value] of undeclared) {
    if (fits(questionId, value)) answers[questionId] = value;
    else dropped.push(questionId);
  }
  // Left-behind answers in the order the association gave them.
  const order = Object.keys(previous);
  return { answers, dropped: dropped.sort((a, b) => order.indexOf(a) - order.indexOf(b)) };
}

/** The earlier value as the new question takes it, or undefined when the rules leave it behind. */
function mapValue(
  rule: CarryOverRule,
  value: AnswerValue,
  next: Questionnaire,
  to: string,
): AnswerValue | undefined {
  const option = (id: string): string | null =>
    rule.options && id in rule.options ? rule.options[id]! : id;
  if (typeof value === 'number') {
    if (!rule.values) return value;
    return rule.values.find((range) => value >= range.min && value <= range.max)?.to;
  }
  const multiple = next.questions.find((q) => q.id === to)?.type === 'multiple';
  if (typeof value === 'string') {
    const mapped = option(value);
    if (mapped === null) return undefined;
    // A single answer split into a multiple-choice question becomes its one ticked option.
    return multiple ? [mapped] : mapped;
  }
  const ticked = value.map(option).filter((id): id is string => id !== null);
  // Merged options tick once; every ticked option mapped to nothing leaves nothing to carry.
  const unique = [...new Set(ticked)];
  return unique.length > 0 ? unique : undefined;
}
