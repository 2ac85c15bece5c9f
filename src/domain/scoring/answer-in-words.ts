import type { AnswerValue } from '../answers/answer-schema.js';
import { localize } from '../questionnaire/localize.js';
import type { IndexedScoredQuestion } from '../questionnaire/questionnaire-index.js';

/**
 * An answer as the respondent read it: the labels of the chosen options, or "value / max" on a
 * scale.
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
    return question.type === 'scale' ? `${value} / ${question.max}` : String(value);
  }
  const ids = Array.isArray(value) ? value : [value];
  return ids
    .map((id) => {
      const option = options.get(id);
      return option ? localize(option.label, locale, fallback) : id;
    })
    .join(', ');
}
