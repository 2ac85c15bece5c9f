import type { CarryOverDeclaration } from './carry-over-schema.js';
import type { LocalizedText } from './primitives.js';
import type { ContextQuestion, ScoredQuestion } from './question-schema.js';
import type {
  Area,
  Level,
  Questionnaire,
  Recommendation,
  ScoringRules,
} from './questionnaire-schema.js';

/**
 * One element of a list of the document (an area, a question ...): its value when it is
 * well-formed, and what can be read of it even when it is not.
 */
export interface Part<T> {
  /** The element, when it is well-formed (an id that breaks the identifier rule is kept as written). */
  value?: T;
  /** Its id as written, when it is a text: known even when the rest of the element is broken. */
  id?: string;
}

export interface QuestionPart extends Part<ScoredQuestion> {
  /** Its area as written, when it is a text. */
  area?: string;
}

/**
 * A questionnaire as far as its document is well-formed, part by part, so that the whole-document
 * rules and the warnings run in the same pass as the schema, on whatever can be read. A field is
 * undefined when it is broken; a list is undefined when it is not a list at all, and holds every
 * element otherwise, well-formed or not, at its own index (the pointers of the document).
 */
export interface QuestionnaireParts {
  id?: string;
  version?: string;
  locales?: string[];
  defaultLocale?: string;
  title?: LocalizedText;
  description?: LocalizedText;
  scoring?: ScoringRules;
  areas?: Array<Part<Area>>;
  contextQuestions?: Array<Part<ContextQuestion>>;
  questions?: QuestionPart[];
  levels?: Array<Part<Level>>;
  recommendations?: Array<Part<Recommendation>>;
  carryOver?: Array<Part<CarryOverDeclaration>>;
}

/** The parts of a questionnaire that parsed: every one well-formed. */
export function partsOf(q: Questionnaire): QuestionnaireParts {
  const whole = <T extends { id: string }>(list: T[]) =>
    list.map((value) => ({ value, id: value.id }));
  return {
    id: q.id,
    version: q.version,
    locales: q.locales,
    defaultLocale: q.defaultLocale,
    title: q.title,
    description: q.description,
    scoring: q.scoring,
    areas: whole(q.areas),
    contextQuestions: whole(q.contextQuestions),
    questions: q.questions.map((value) => ({ value, id: value.id, area: value.area })),
    levels: whole(q.levels),
    recommendations: whole(q.recommendations),
    carryOver: q.carryOver.map((value) => ({ value })),
  };
}

/** The well-formed elements of a list, each with its index in the document. */
export function wellFormed<T>(list: ReadonlyArray<Part<T>> | undefined): Array<[T, number]> {
  return (list ?? []).flatMap((part, i): Array<[T, number]> =>
    part.value ? [[part.value, i]] : [],
  );
}

/** Every element of a list when all are well-formed; undefined when one is not (or no list). */
export function allWellFormed<T>(list: ReadonlyArray<Part<T>> | undefined): T[] | undefined {
  if (!list || list.some((part) => !part.value)) return undefined;
  return list.map((part) => part.value!);
}

/**
 * Every id of a list when each element has one; undefined otherwise, as a reference to an
 * unknown id might then name the element whose id cannot be read.
 */
export function allIds(list: ReadonlyArray<Part<unknown>> | undefined): Set<string> | undefined {
  if (!list || list.some((part) => part.id === undefined)) return undefined;
  return new Set(list.map((part) => part.id!));
}

/**
 * Every localised text of the well-formed parts with its JSON pointer, in document order.
 *
 * @example [...partTexts(partsOf(q))][0] // ['/title', { fr: '…', en: '…' }]
 */
export function* partTexts(q: QuestionnaireParts): Generator<[string, LocalizedText]> {
  if (q.title) yield ['/title', q.title];
  if (q.description) yield ['/description', q.description];
  for (const [area, i] of wellFormed(q.areas)) {
    yield [`/areas/${i}/title`, area.title];
    yield [`/areas/${i}/description`, area.description];
    for (const [levelId, text] of Object.entries(area.levelTexts ?? {})) {
      yield [`/areas/${i}/levelTexts/${levelId}`, text];
    }
  }
  for (const [question, i] of wellFormed(q.contextQuestions)) {
    yield [`/contextQuestions/${i}/title`, question.title];
    if (question.help) yield [`/contextQuestions/${i}/help`, question.help];
    for (const [j, option] of question.options.entries()) {
      yield [`/contextQuestions/${i}/options/${j}/label`, option.label];
    }
  }
  for (const [question, i] of wellFormed(q.questions)) {
    yield [`/questions/${i}/title`, question.title];
    if (question.help) yield [`/questions/${i}/help`, question.help];
    for (const [j, option] of question.options.entries()) {
      yield [`/questions/${i}/options/${j}/label`, option.label];
    }
    if (question.type === 'scale' && question.stepLabels) {
      for (const [k, label] of question.stepLabels.entries()) {
        yield [`/questions/${i}/stepLabels/${k}`, label];
      }
    }
    if (question.type === 'scale' && question.labels) {
      yield [`/questions/${i}/labels/min`, question.labels.min];
      yield [`/questions/${i}/labels/max`, question.labels.max];
    }
  }
  for (const [level, i] of wellFormed(q.levels)) {
    yield [`/levels/${i}/title`, level.title];
    yield [`/levels/${i}/description`, level.description];
  }
  for (const [recommendation, i] of wellFormed(q.recommendations)) {
    yield [`/recommendations/${i}/title`, recommendation.title];
    yield [`/recommendations/${i}/text`, recommendation.text];
    for (const [j, resource] of recommendation.resources.entries()) {
      yield [`/recommendations/${i}/resources/${j}/title`, resource.title];
    }
  }
}
