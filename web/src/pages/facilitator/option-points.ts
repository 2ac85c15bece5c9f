import type { ScoredQuestion } from '../../../../src/domain/questionnaire/question-schema.js';
import type { Questionnaire } from '../../../../src/domain/questionnaire/questionnaire-schema.js';
import { formatNumber, t } from '../../i18n.js';

/** What each answer of a scored question is worth, one line an answer, as the author wrote it. */
export function optionPoints(
  question: ScoredQuestion,
  questionnaire: Questionnaire,
  text: (s: Record<string, string>) => string,
): string[] {
  const lines: string[] = [];
  if (question.type === 'scale') {
    lines.push(t('preview.points.scale', { min: question.min, max: question.max }));
  }
  for (const option of question.options) {
    if ('kind' in option) {
      const rule =
        option.kind === 'dontKnow' &&
        (question.dontKnow ?? questionnaire.scoring.dontKnow) === 'lowest'
          ? 'preview.points.lowest'
          : 'preview.points.excluded';
      lines.push(t(rule, { label: text(option.label) }));
    } else {
      lines.push(
        t(
          'exclusive' in option && option.exclusive
            ? 'preview.points.exclusive'
            : 'preview.points.option',
          {
            label: text(option.label),
            points: formatNumber(option.points),
          },
        ),
      );
    }
  }
  return lines;
}
