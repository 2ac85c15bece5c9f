import {
  checkQuestionnaire,
  indexQuestionnaire,
  Questionnaire,
  type IndexedScoredQuestion,
  type QuestionnaireInput,
} from '../../src/domain/index.js';

/** Input shapes as an author writes them (defaults not applied). */
export type QuestionInput = QuestionnaireInput['questions'][number];
export type SingleQuestionInput = Extract<QuestionInput, { type: 'single' }>;
export type MultipleQuestionInput = Extract<QuestionInput, { type: 'multiple' }>;
export type ScaleQuestionInput = Extract<QuestionInput, { type: 'scale' }>;
export type ContextQuestionInput = NonNullable<QuestionnaireInput['contextQuestions']>[number];
export type AreaInput = QuestionnaireInput['areas'][number];
export type LevelInput = QuestionnaireInput['levels'][number];
export type RecommendationInput = NonNullable<QuestionnaireInput['recommendations']>[number];
type ScoredOptionInput = SingleQuestionInput['options'][number];
type CheckboxOptionInput = MultipleQuestionInput['options'][number];
type SpecialOptionInput = {
  id: string;
  label: Record<string, string>;
  kind: 'notApplicable' | 'dontKnow';
};

/** A text in both locales of the test questionnaires: `{ fr: 'fr: <en>', en: <en> }`. */
export function text(en: string, fr = `fr: ${en}`): Record<string, string> {
  return { fr, en };
}

/** A scoring option. */
export function option(id: string, points: number): ScoredOptionInput {
  return { id, label: text(id), points };
}

/** A checkbox that cannot be ticked with others ("none of these"). */
export function exclusiveOption(id: string, points = 0): CheckboxOptionInput {
  return { id, label: text(id), points, exclusive: true };
}

export function notApplicable(id = 'na'): SpecialOptionInput {
  return { id, label: text('Not applicable'), kind: 'notApplicable' };
}

export function dontKnow(id = 'dk'): SpecialOptionInput {
  return { id, label: text("I don't know"), kind: 'dontKnow' };
}

/** A single-choice question in area "comms" with options yes (2), partly (1), no (0) unless given. */
export function singleQuestion(
  id: string,
  overrides: Partial<Omit<SingleQuestionInput, 'id' | 'type'>> = {},
): SingleQuestionInput {
  return {
    id,
    type: 'single',
    area: 'comms',
    title: text(`Question ${id}`),
    options: [option('yes', 2), option('partly', 1), option('no', 0)],
    ...overrides,
  };
}

export function multipleQuestion(
  id: string,
  overrides: Partial<Omit<MultipleQuestionInput, 'id' | 'type'>> = {},
): MultipleQuestionInput {
  return {
    id,
    type: 'multiple',
    area: 'comms',
    title: text(`Question ${id}`),
    options: [option('a', 1), option('b', 2), exclusiveOption('none')],
    ...overrides,
  };
}

/** A scale question from 0 to 4 in steps of 1 unless given. */
export function scaleQuestion(
  id: string,
  overrides: Partial<Omit<ScaleQuestionInput, 'id' | 'type'>> = {},
): ScaleQuestionInput {
  return {
    id,
    type: 'scale',
    area: 'comms',
    title: text(`Question ${id}`),
    min: 0,
    max: 4,
    ...overrides,
  };
}

/** A context question (not scored) whose options are the given ids. */
export function contextQuestion(
  id: string,
  optionIds: string[] = ['small', 'large'],
  overrides: Partial<Omit<ContextQuestionInput, 'id' | 'type' | 'options'>> = {},
): ContextQuestionInput {
  return {
    id,
    type: 'single',
    title: text(`Context ${id}`),
    options: optionIds.map((optionId) => ({ id: optionId, label: text(optionId) })),
    ...overrides,
  };
}

export function area(id: string, weight?: number): AreaInput {
  return {
    id,
    title: text(`Area ${id}`),
    description: text(`About ${id}`),
    ...(weight === undefined ? {} : { weight }),
  };
}

export function level(id: string, min: number, max: number): LevelInput {
  return { id, min, max, title: text(`Level ${id}`), description: text(`About ${id}`) };
}

/** Four levels: beginner [0, 25), developing [25, 50), advanced [50, 75), expert [75, 100]. */
export function defaultLevels(): LevelInput[] {
  return [
    level('beginner', 0, 25),
    level('developing', 25, 50),
    level('advanced', 50, 75),
    level('expert', 75, 100),
  ];
}

/** A recommendation in area "comms", low effort, medium impact, firing on `site: no` unless given. */
export function recommendation(
  id: string,
  overrides: Partial<Omit<RecommendationInput, 'id'>> = {},
): RecommendationInput {
  return {
    id,
    area: 'comms',
    title: text(`Do ${id}`),
    text: text(`How to do ${id}`),
    effort: 'low',
    impact: 'medium',
    trigger: { answer: { question: 'site', anyOf: ['no'] } },
    ...overrides,
  };
}

/**
 * The raw document (defaults not applied, not checked): one area "comms" with one single-choice
 * question "site", the four default levels, fr and en. For tests of unsound documents.
 */
export function buildQuestionnaireInput(
  overrides: Partial<QuestionnaireInput> = {},
): QuestionnaireInput {
  return {
    id: 'test-radar',
    version: '1.0.0',
    locales: ['fr', 'en'],
    defaultLocale: 'fr',
    title: text('Test radar'),
    description: text('A questionnaire for tests'),
    areas: [area('comms')],
    questions: [singleQuestion('site')],
    levels: defaultLevels(),
    ...overrides,
  };
}

/**
 * A parsed questionnaire (defaults applied) that passes every whole-document rule; throws
 * otherwise, so that a test never runs on a broken fixture by accident.
 */
export function buildQuestionnaire(overrides: Partial<QuestionnaireInput> = {}): Questionnaire {
  const questionnaire = Questionnaire.parse(buildQuestionnaireInput(overrides));
  const issues = checkQuestionnaire(questionnaire);
  if (issues.length > 0) {
    throw new Error(`test questionnaire is not sound: ${JSON.stringify(issues)}`);
  }
  return questionnaire;
}

/** The indexed form of one scored question, as scoreQuestion takes it. */
export function indexedQuestion(questionnaire: Questionnaire, id: string): IndexedScoredQuestion {
  const indexed = indexQuestionnaire(questionnaire).scored.get(id);
  if (!indexed) throw new Error(`no scored question "${id}"`);
  return indexed;
}
