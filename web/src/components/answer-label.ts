import { localize } from '../../../src/domain/questionnaire/localize.js';
import type { Questionnaire } from '../../../src/domain/questionnaire/questionnaire-schema.js';
import { formatNumber, locale } from '../i18n.js';

/** An answer as its reader reads it: option labels, or a scale's value. */
export function answerLabel(
  questionnaire: Questionnaire,
  questionId: string,
  value: string | number | string[],
): string {
  const text = (s: Record<string, string>) => localize(s, locale(), questionnaire.defaultLocale);
  const question =
    questionnaire.questions.find((q) => q.id === questionId) ??
    questionnaire.contextQuestions.find((q) => q.id === questionId);
  if (typeof value === 'number') return formatNumber(value);
  const label = (id: string) => {
    const option = question?.options.find((o) => o.id === id);
    if (option) return text(option.label);
    // A scale value counted as a string ("3") in a distribution.
    return /^-?\d+(\.\d+)?$/.test(id) ? formatNumber(Number(id)) : id;
  };
  return Array.isArray(value) ? value.map(label).join(', ') : label(value);
}

/** A question's title in the reader's language. */
export function questionTitle(questionnaire: Questionnaire, questionId: string): string {
  const question =
    questionnaire.questions.find((q) => q.id === questionId) ??
    questionnaire.contextQuestions.find((q) => q.id === questionId);
  return question ? localize(question.title, locale(), questionnaire.defaultLocale) : questionId;
}
