import type { AnswerValue } from '../answers/answer-schema.js';
import { localize } from '../questionnaire/localize.js';
import { scaleValues } from '../questionnaire/scale-values.js';
import type { IndexedScoredQuestion } from '../questionnaire/questionnaire-index.js';

/**
 * An answer as the respondent read it: the labels of the chosen options, or "value / max" on a
 * scale (in the reader's way of writing numbers), with the value's own label when it has one.
 *
 * @example answerInWords(indexed, ['a', 'b'], 'fr', 'fr') // 'Courriel, Réseaux sociaux'
 */
export function answerInWords(
  { question, options }: IndexedScoredQuestion,
  value: AnswerValue,
  locale: string,
  fallback: string,
): string {
  if (typeof value === 'number') {
    if (question.type !== 'scale') return String(value);
    const number = valueFormat(locale);
    const label = question.stepLabels?.[scaleValues(question).indexOf(value)];
    const words = `${number.format(value)} / ${number.format(question.max)}`;
    return label ? `${words} (${localize(label, locale, fallback)})` : words;
  }
  const ids = Array.isArray(value) ? value : [value];
  return ids
    .map((id) => {
      const option = options.get(id);
      return option ? localize(option.label, locale, fallback) : id;
    })
    .join(', ');
}

/** One formatter a locale: a report says hundreds of answers in words. */
const valueFormats = new Map<string, Intl.NumberFormat>();
function valueFormat(locale: string): Intl.NumberFormat {
  let format = valueFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale, { maximumFractionDigits: 3 });
    valueFormats.set(locale, format);
  }
  return format;
}
