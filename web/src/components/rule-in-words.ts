import type { Condition } from '../../../src/domain/questionnaire/condition-schema.js';
import { localize } from '../../../src/domain/questionnaire/localize.js';
import type {
  Questionnaire,
  Recommendation,
} from '../../../src/domain/questionnaire/questionnaire-schema.js';
import { formatNumber, locale, t } from '../i18n.js';

type Texts = Record<string, string>;

/** The questionnaire's rules said in words, for an author reading the preview. */
export function ruleInWords(questionnaire: Questionnaire) {
  const text = (s: Texts) => localize(s, locale(), questionnaire.defaultLocale);
  const questions = [...questionnaire.contextQuestions, ...questionnaire.questions];
  const titleOf = (id: string) => {
    const question = questions.find((q) => q.id === id);
    return question ? text(question.title) : id;
  };

  /** "« Oui » or « Je ne sais pas »", "between 0 and 1", "at least 3". */
  const answerIs = (condition: Condition): string => {
    if ('anyOf' in condition) {
      const options = questions.find((q) => q.id === condition.question)?.options ?? [];
      return condition.anyOf
        .map((id) => {
          const option = options.find((o) => o.id === id);
          return t('preview.quoted', { text: option ? text(option.label) : id });
        })
        .join(t('preview.or'));
    }
    const { min, max } = condition;
    if (min !== undefined && max !== undefined)
      return t('preview.condition.between', { min: formatNumber(min), max: formatNumber(max) });
    if (min !== undefined) return t('preview.condition.atLeast', { min: formatNumber(min) });
    return t('preview.condition.atMost', { max: formatNumber(max!) });
  };

  return {
    /** "Asked only if « Do you have a website? » is « Yes »". */
    showIf: (condition: Condition) =>
      t('preview.showIf', {
        question: titleOf(condition.question),
        condition: answerIs(condition),
      }),
    /** When a recommendation enters the plan, and for which associations. */
    trigger(recommendation: Recommendation): string[] {
      const { trigger } = recommendation;
      const area = questionnaire.areas.find((a) => a.id === recommendation.area);
      const when =
        'answer' in trigger
          ? t('preview.trigger.answer', {
              question: titleOf(trigger.answer.question),
              condition: answerIs(trigger.answer),
            })
          : t(
              trigger.areaScore.max >= 100
                ? 'preview.trigger.areaScoreTo100'
                : 'preview.trigger.areaScore',
              {
                area: area ? text(area.title) : recommendation.area,
                min: formatNumber(trigger.areaScore.min),
                max: formatNumber(trigger.areaScore.max),
              },
            );
      const contexts = (recommendation.contexts ?? []).map((condition) =>
        t('preview.context', {
          question: titleOf(condition.question),
          condition: answerIs(condition),
        }),
      );
      return [when, ...contexts];
    },
  };
}
