import {
  isSpecialOption,
  localize,
  scaleValues,
  type Condition,
  type ContextQuestion,
  type Questionnaire,
  type ScoredQuestion,
} from '../../domain/index.js';
import type { PaperCondition, PaperQuestion, PaperQuestionnaire } from './paper-questionnaire.js';

/**
 * The blank questionnaire in one language: context questions first, then the questions area by
 * area, numbered 1, 2, 3… across the whole form, in the order the diagnosis asks them.
 */
export function buildPaperQuestionnaire(
  questionnaire: Questionnaire,
  locale: string,
): PaperQuestionnaire {
  const text = (value: Parameters<typeof localize>[0]) =>
    localize(value, locale, questionnaire.defaultLocale);
  const numbers = new Map<string, number>();
  const optionLabels = new Map<string, Map<string, string>>();
  let next = 1;
  const ordered: Array<ContextQuestion | ScoredQuestion> = [
    ...questionnaire.contextQuestions,
    ...questionnaire.areas.flatMap((area) =>
      questionnaire.questions.filter((question) => question.area === area.id),
    ),
  ];
  for (const question of ordered) {
    numbers.set(question.id, next++);
    optionLabels.set(
      question.id,
      new Map(question.options.map((option) => [option.id, text(option.label)])),
    );
  }

  const conditionOf = (condition: Condition | undefined): PaperCondition | null => {
    if (!condition) return null;
    const labels = optionLabels.get(condition.question);
    return {
      questionNumber: numbers.get(condition.question) ?? 0,
      answers: 'anyOf' in condition ? condition.anyOf.map((id) => labels?.get(id) ?? id) : [],
      min: 'anyOf' in condition ? null : (condition.min ?? null),
      max: 'anyOf' in condition ? null : (condition.max ?? null),
    };
  };

  const paperContext = (question: ContextQuestion): PaperQuestion => ({
    number: numbers.get(question.id)!,
    title: text(question.title),
    help: question.help ? text(question.help) : null,
    type: 'single',
    weight: null,
    condition: null,
    options: question.options.map((option) => ({
      label: text(option.label),
      points: null,
      special: null,
    })),
    scale: null,
  });

  const paperScored = (question: ScoredQuestion): PaperQuestion => ({
    number: numbers.get(question.id)!,
    title: text(question.title),
    help: question.help ? text(question.help) : null,
    type: question.type,
    weight: question.weight,
    condition: conditionOf(question.showIf),
    options: question.options.map((option) => ({
      label: text(option.label),
      points: isSpecialOption(option) ? null : option.points,
      special: !isSpecialOption(option)
        ? null
        : option.kind === 'notApplicable'
          ? ('notApplicable' as const)
          : (question.dontKnow ?? questionnaire.scoring.dontKnow) === 'lowest'
            ? ('dontKnowLowest' as const)
            : ('dontKnowExcluded' as const),
    })),
    scale:
      question.type === 'scale'
        ? {
            min: question.min,
            max: question.max,
            step: question.step,
            minLabel: question.labels ? text(question.labels.min) : null,
            maxLabel: question.labels ? text(question.labels.max) : null,
            values: scaleValues(question).map((value, i) => ({
              value,
              label: question.stepLabels?.[i] ? text(question.stepLabels[i]) : null,
            })),
          }
        : null,
  });

  return {
    locale,
    id: questionnaire.id,
    version: questionnaire.version,
    title: text(questionnaire.title),
    description: text(questionnaire.description),
    contextQuestions: questionnaire.contextQuestions.map(paperContext),
    areas: questionnaire.areas.map((area) => ({
      title: text(area.title),
      description: text(area.description),
      weight: area.weight,
      questions: questionnaire.questions
        .filter((question) => question.area === area.id)
        .map(paperScored),
    })),
    levels: questionnaire.levels.map((level) => ({
      title: text(level.title),
      description: text(level.description),
      min: level.min,
      max: level.max,
    })),
    coverageThreshold: questionnaire.scoring.coverageThreshold,
    dontKnow: questionnaire.scoring.dontKnow,
  };
}
