import type { z } from 'zod';
import { CarryOverDeclaration } from './carry-over-schema.js';
import { valueAt } from './document-issue.js';
import { patternOf } from './schema-pattern.js';
import { Identifier } from './primitives.js';
import { ContextQuestion, ScoredQuestion } from './question-schema.js';
import type { Part, QuestionnaireParts, QuestionPart } from './questionnaire-parts.js';
import { Area, Level, Questionnaire, Recommendation } from './questionnaire-schema.js';

type Issue = z.core.$ZodIssue;

/** The pattern zod reports when an identifier breaks its rule, read from the schema itself. */
const IDENTIFIER_PATTERN = patternOf(Identifier);

/**
 * Reads what is well-formed in a document that breaks the schema, part by part: each top-level
 * field alone, each element of a list alone. An element whose only faults are identifiers that
 * break the rule, or empty texts, still counts as well-formed, with those values kept as written:
 * an id is still an id to check references and duplicates with, and a published instrument's
 * ids ("SME.Q1.R6") must not hide every other problem of its questions until they are renamed.
 * So does one whose numbers are written in quotes ("2"), read as the numbers they spell, or
 * with a field of an unknown name ("colour", "wieght"), read as if it were not written, or with an
 * effort or an impact outside its list.
 *
 * @example readQuestionnaireParts(JSON.parse(text)).questions?.[12] // { value, id: 'SME.Q1.R6', area: 'sme' }
 */
export function readQuestionnaireParts(document: unknown): QuestionnaireParts {
  const field = (key: string) => valueAt(document, [key]);
  const shape = Questionnaire.shape;
  return {
    id: readPart(shape.id, field('id')),
    version: readPart(shape.version, field('version')),
    locales: readPart(shape.locales, field('locales')),
    defaultLocale: readPart(shape.defaultLocale, field('defaultLocale')),
    title: readPart(shape.title, field('title')),
    description: readPart(shape.description, field('description')),
    scoring: readPart(shape.scoring, field('scoring')),
    areas: readList(Area, field('areas'), 'required'),
    contextQuestions: readList(ContextQuestion, field('contextQuestions'), 'optional'),
    questions: readList(ScoredQuestion, field('questions'), 'required')?.map(
      (part, i): QuestionPart => ({ ...part, area: textAt(field('questions'), [i, 'area']) }),
    ),
    levels: readList(Level, field('levels'), 'required'),
    recommendations: readList(Recommendation, field('recommendations'), 'optional'),
    carryOver: readList(CarryOverDeclaration, field('carryOver'), 'optional'),
  };
}

function readList<T>(
  element: z.ZodType<T>,
  raw: unknown,
  presence: 'required' | 'optional',
): Array<Part<T>> | undefined {
  if (raw === undefined && presence === 'optional') return [];
  if (!Array.isArray(raw)) return undefined;
  return raw.map((item) => ({ value: readPart(element, item), id: textAt(item, ['id']) }));
}

function textAt(document: unknown, path: PropertyKey[]): string | undefined {
  const value = valueAt(document, path);
  return typeof value === 'string' ? value : undefined;
}

/** A stand-in that passes both the identifier rule and the non-empty text rule. */
const STAND_IN = 'x';

/**
 * Choices that no whole-document rule and no warning reads: one outside its list ("hight") is
 * replaced by an allowed one, so that the rest of its recommendation is checked. A choice the
 * rules do read ("dontKnow", an option's "kind", a question's "type") is never guessed.
 */
const UNREAD_CHOICES = new Set<PropertyKey>(['effort', 'impact', 'horizon', 'capacity']);

/** How one faulty value is read for the checks. */
interface Fix {
  path: PropertyKey[];
  standIn?: unknown;
  /** The value goes back as written once parsed (an id, a text); a number in quotes does not. */
  restore: boolean;
  /** Unknown fields of the object at `path`, left out as if they were not written. */
  unknown?: string[];
}

/**
 * The value parsed by `schema`, or undefined when it is broken. Identifiers and empty texts are
 * replaced by a stand-in for the parse (so that defaults are applied as for any value), then put
 * back as written; a number written in quotes ("2") is read as the number it spells; unknown
 * fields are left out; an effort or an impact outside its list is replaced by an allowed one.
 */
function readPart<T>(schema: z.ZodType<T>, raw: unknown): T | undefined {
  let input = raw;
  const restored: PropertyKey[][] = [];
  // A stand-in may let zod reach further (another branch of a union): a few rounds at most.
  for (let round = 0; round < 3; round += 1) {
    const parsed = schema.safeParse(input);
    if (parsed.success) {
      // The whole value was the identifier: it comes back as written.
      if (restored.some((path) => path.length === 0)) return raw as T;
      for (const path of restored) setAt(parsed.data, path, valueAt(raw, path));
      return parsed.data;
    }
    const fixes = fixesFor(parsed.error.issues, input);
    if (!fixes || fixes.length === 0) return undefined;
    for (const { path, standIn, restore, unknown } of fixes) {
      input = changedAt(input, path, (value) => (unknown ? without(value, unknown) : standIn));
      if (restore) restored.push(path);
    }
  }
  return undefined;
}

/** How to read past each issue, or undefined when one of them cannot be read past. */
function fixesFor(
  issues: ReadonlyArray<Issue>,
  input: unknown,
  base: PropertyKey[] = [],
): Fix[] | undefined {
  const fixes: Fix[] = [];
  for (const issue of issues) {
    const path = [...base, ...issue.path];
    const value = valueAt(input, path);
    if (issue.code === 'invalid_format' && issue.pattern === IDENTIFIER_PATTERN) {
      fixes.push({ path, standIn: STAND_IN, restore: true });
    } else if (issue.code === 'too_small' && issue.origin === 'string') {
      fixes.push({ path, standIn: STAND_IN, restore: true });
    } else if (issue.code === 'invalid_value' && UNREAD_CHOICES.has(path.at(-1) ?? '')) {
      fixes.push({ path, standIn: issue.values[0], restore: false });
    } else if (issue.code === 'unrecognized_keys') {
      fixes.push({ path, unknown: issue.keys, restore: false });
    } else if (
      issue.code === 'invalid_type' &&
      (issue.expected === 'number' || issue.expected === 'int') &&
      typeof value === 'string' &&
      value.trim() !== '' &&
      Number.isFinite(Number(value))
    ) {
      fixes.push({ path, standIn: Number(value), restore: false });
    } else if (issue.code === 'invalid_union' && issue.errors.length > 0) {
      // The first form that can be read past is enough: zod then picks the form again itself.
      const fixable = issue.errors.map((branch) => fixesFor(branch, input, path)).find(Boolean);
      if (!fixable) return undefined;
      fixes.push(...fixable);
    } else return undefined;
  }
  return fixes;
}

/**
 * A copy of `document` whose value at `path` is changed, sharing all the rest: the author's
 * document is never changed, and what is copied is the path, not the (perhaps huge) document.
 */
function changedAt(
  document: unknown,
  path: ReadonlyArray<PropertyKey>,
  change: (value: unknown) => unknown,
): unknown {
  const [head, ...rest] = path;
  if (head === undefined) return change(document);
  if (typeof document !== 'object' || document === null) return document;
  const copy: object = Array.isArray(document) ? [...(document as unknown[])] : { ...document };
  // Defined, not assigned: a key named "__proto__" stays a key.
  Object.defineProperty(copy, head, {
    value: changedAt(valueAt(document, [head]), rest, change),
    enumerable: true,
    writable: true,
    configurable: true,
  });
  return copy;
}

function without(value: unknown, keys: string[]): unknown {
  if (typeof value !== 'object' || value === null) return value;
  const copy: Record<string, unknown> = { ...value };
  for (const key of keys) delete copy[key];
  return copy;
}

/** Puts a value back into what zod parsed (its own copy) at an existing path. */
function setAt(document: unknown, path: ReadonlyArray<PropertyKey>, value: unknown): void {
  const parent = valueAt(document, path.slice(0, -1));
  const key = path.at(-1);
  if (typeof parent !== 'object' || parent === null || key === undefined) return;
  Object.defineProperty(parent, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}
