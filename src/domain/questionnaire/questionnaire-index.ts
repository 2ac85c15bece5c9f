import { isSpecialOption } from './is-special-option.js';
import type { AnyOption, ContextQuestion, ScoredQuestion } from './question-schema.js';
import type { Area, Questionnaire } from './questionnaire-schema.js';

export interface IndexedScoredQuestion {
  question: ScoredQuestion;
  options: ReadonlyMap<string, AnyOption>;
  /** Points of a full score: the best option, the best attainable ticks, or max - min. */
  maxPoints: number;
}

export interface IndexedArea {
  area: Area;
  questions: IndexedScoredQuestion[];
}

export interface QuestionnaireIndex {
  questionnaire: Questionnaire;
  scored: ReadonlyMap<string, IndexedScoredQuestion>;
  context: ReadonlyMap<string, { question: ContextQuestion; options: ReadonlySet<string> }>;
  areas: IndexedArea[];
  /** Context questions first, then scored ones, in document order: the order conditions follow. */
  order: ReadonlyArray<string>;
  /** The scored questions with a condition, in document order. */
  conditional: ReadonlyArray<ScoredQuestion>;
}

const cache = new WeakMap<Questionnaire, QuestionnaireIndex>();

/**
 * Lookup tables for a sound questionnaire, built once per definition object (scoring runs on
 * every saved answer, so it must not rebuild maps each time).
 */
export function indexQuestionnaire(questionnaire: Questionnaire): QuestionnaireIndex {
  const cached = cache.get(questionnaire);
  if (cached) return cached;
  const scored = new Map<string, IndexedScoredQuestion>();
  for (const question of questionnaire.questions) {
    scored.set(question.id, {
      question,
      options: new Map(question.options.map((o) => [o.id, o])),
      maxPoints: maxPointsOf(question),
    });
  }
  const context = new Map(
    questionnaire.contextQuestions.map((question) => [
      question.id,
      { question, options: new Set(question.options.map((o) => o.id)) },
    ]),
  );
  const areas = questionnaire.areas.map((area) => ({
    area,
    questions: questionnaire.questions
      .filter((question) => question.area === area.id)
      .map((question) => scored.get(question.id)!),
  }));
  const order = [
    ...questionnaire.contextQuestions.map((q) => q.id),
    ...questionnaire.questions.map((q) => q.id),
  ];
  const conditional = questionnaire.questions.filter((q) => q.showIf !== undefined);
  const index = { questionnaire, scored, context, areas, order, conditional };
  cache.set(questionnaire, index);
  return index;
}

function maxPointsOf(question: ScoredQuestion): number {
  if (question.type === 'scale') return question.max - question.min;
  const scoring = question.options.filter((o) => !isSpecialOption(o)) as Array<
    AnyOption & { points: number; exclusive?: boolean }
  >;
  if (question.type === 'single') return Math.max(0, ...scoring.map((o) => o.points));
  const together = scoring.filter((o) => !o.exclusive).reduce((sum, o) => sum + o.points, 0);
  const alone = Math.max(0, ...scoring.filter((o) => o.exclusive).map((o) => o.points));
  return Math.max(together, alone);
}
