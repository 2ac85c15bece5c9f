import type { z } from 'zod';
import { shortValue, toPointer, valueAt, type DocumentIssue } from './document-issue.js';
import { Identifier, LocaleCode, SemanticVersion } from './primitives.js';
import { patternOf } from './schema-pattern.js';

type Issue = z.core.$ZodIssue;

/** What the message of an issue can quote: the document's values and its own locales. */
export interface SchemaIssueContext {
  /** The document the issue was found in: each message quotes the value it is about. */
  document?: unknown;
  /** The locales an example of a localised text shows: the document's own (`exampleLocales`). */
  locales?: readonly string[];
}

const EXPECTED: Record<string, string> = {
  object: 'an object { … }',
  array: 'a list [ … ]',
  string: 'a text in quotes',
  number: 'a number (without quotes)',
  int: 'a whole number (without quotes)',
  boolean: 'true or false',
};

/** The fields whose value is a localised text (`{ "fr": "…", "en": "…" }`), wherever they are. */
const TEXT_FIELDS = new Set(['title', 'description', 'help', 'label', 'text']);

/** What the rules of the primitives ask, keyed by the pattern zod reports (read from the schemas). */
const FORMATS = new Map<string | undefined, (value: unknown) => string>([
  [patternOf(Identifier), (value) => invalidIdMessage(value)],
  [
    patternOf(SemanticVersion),
    (value) =>
      `${shortValue(value)} is not a semantic version: use three numbers such as 1.0.0, optionally with a suffix such as 2.0.0-beta.1`,
  ],
  [
    patternOf(LocaleCode),
    (value) =>
      `${shortValue(value)} is not a language code: use two lower-case letters such as "fr" or "en", optionally with a region such as "fr-BE"`,
  ],
]);

/**
 * What is wrong with an id that breaks the identifier rule (primitives.ts), with the value and,
 * when one can be made of it, an id that follows the rule.
 *
 * @example invalidIdMessage('SME.Q1.R6') // '"SME.Q1.R6" is not a valid id (1 to 64 ...): write it "sme-q1-r6", for example'
 */
export function invalidIdMessage(value: unknown): string {
  return `${shortValue(value)} is not a valid id (1 to 64 lower-case letters a-z, digits, "-" or "_", starting with a letter or a digit)${suggestedId(value)}`;
}

/**
 * The locales a document declares, to show an example of a localised text in its own terms: its
 * `locales` as far as they are language codes, else its `defaultLocale`, else French and English.
 *
 * @example exampleLocales({ locales: ['en'] }) // ['en']
 */
export function exampleLocales(document: unknown): string[] {
  const isLocale = (value: unknown): value is string => LocaleCode.safeParse(value).success;
  const declared = valueAt(document, ['locales']);
  const locales = Array.isArray(declared) ? declared.filter(isLocale) : [];
  if (locales.length > 0) return [...new Set(locales)];
  const fallback = valueAt(document, ['defaultLocale']);
  return isLocale(fallback) ? [fallback] : ['fr', 'en'];
}

/**
 * Turns a zod issue into the words an author understands, at its JSON pointer, quoting the
 * offending value. zod's own messages ("Invalid input") do not say what was expected; for a union
 * (an option, a trigger) the form the author most likely meant is the one with the fewest
 * problems, so its problems are the ones reported.
 *
 * @example describeSchemaIssue(issue, { document }) // [{ pointer: '/areas/0/weight', message: 'expected a number (without quotes), found "2"' }]
 */
export function describeSchemaIssue(
  issue: Issue,
  context: SchemaIssueContext = {},
  base: PropertyKey[] = [],
): DocumentIssue[] {
  const path = [...base, ...issue.path];
  const at = (message: string): DocumentIssue[] => [{ pointer: toPointer(path), message }];
  const value = valueAt(context.document, path);
  const missing = isMissing(issue, context.document, path);
  const field = `the field "${String(path.at(-1))}" is missing`;
  switch (issue.code) {
    case 'invalid_type': {
      const expected = expectedAt(issue.expected, path, context);
      if (missing) return at(`${field}: expected ${expected}`);
      return at(`expected ${expected}${found(context, value)}`);
    }
    case 'unrecognized_keys':
      return at(
        `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}: check the spelling, or remove it`,
      );
    case 'invalid_value': {
      const choices = `one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
      if (missing) return at(`${field}: use ${choices}`);
      return at(
        context.document === undefined
          ? `use ${choices}`
          : `${shortValue(value)} is not ${choices}`,
      );
    }
    case 'invalid_format': {
      const describe = issue.format === 'regex' ? FORMATS.get(issue.pattern) : undefined;
      if (describe && context.document !== undefined) return at(describe(value));
      if (issue.format === 'url') {
        return at(`${issue.message}, such as "https://www.example.org/"${found(context, value)}`);
      }
      return at(`${issue.message}${found(context, value)}`);
    }
    case 'invalid_key': {
      // The key itself breaks a rule: the pointer names it, the message says which rule.
      const [inner] = issue.issues;
      const describe = inner?.code === 'invalid_format' ? FORMATS.get(inner.pattern) : undefined;
      const key = path.at(-1);
      return at(describe ? describe(key) : `${shortValue(key)} is not a valid key here`);
    }
    case 'too_small':
    case 'too_big':
      return at(sizeProblem(issue, value, context));
    case 'invalid_union': {
      if (issue.errors.length === 0) {
        const options = 'options' in issue && Array.isArray(issue.options) ? issue.options : [];
        const choices = `one of ${options.map((v: unknown) => JSON.stringify(v)).join(', ')}`;
        if (missing) return at(`${field}: use ${choices}`);
        return at(
          context.document === undefined
            ? `use ${choices}`
            : `${shortValue(value)} is not ${choices}`,
        );
      }
      const branches = issue.errors.map((branch) => ({
        issues: branch.flatMap((inner) => describeSchemaIssue(inner, context, path)),
        // A form that calls the author's own field unknown is the least likely to be meant.
        cost: branch.reduce((sum, inner) => sum + (inner.code === 'unrecognized_keys' ? 3 : 1), 0),
        missing: branch.flatMap((inner) =>
          inner.path.length === 1 && isMissing(inner, context.document, [...path, ...inner.path])
            ? [String(inner.path[0])]
            : [],
        ),
      }));
      const cheapest = Math.min(...branches.map((b) => b.cost));
      const best = branches.filter((b) => b.cost === cheapest);
      if (best.length === 1) return best[0]!.issues;
      if (best.every((b) => b.missing.length > 0)) {
        const forms = best.map((b) => `{ ${b.missing.map((k) => `"${k}": …`).join(', ')} }`);
        return at(`expected one of these forms: ${forms.join(' or ')}${found(context, value)}`);
      }
      return best[0]!.issues;
    }
    default:
      return at(`${issue.message}${found(context, value)}`);
  }
}

/** ", found <value>" when the document is known, to quote what the author wrote. */
function found(context: SchemaIssueContext, value: unknown): string {
  return context.document === undefined ? '' : `, found ${shortValue(value)}`;
}

function expectedAt(expected: string, path: PropertyKey[], context: SchemaIssueContext): string {
  if (expected === 'record') {
    if (isTextPath(path)) return `a text in each locale, such as ${textExample(context)}`;
    if (path.at(-1) === 'levelTexts') {
      return `an object of texts keyed by level id, such as { "<level id>": ${textExample(context)} }`;
    }
    return 'an object { … }';
  }
  return EXPECTED[expected] ?? expected;
}

function isTextPath(path: PropertyKey[]): boolean {
  const last = String(path.at(-1));
  const parent = path.length > 1 ? String(path.at(-2)) : undefined;
  if (TEXT_FIELDS.has(last)) return true;
  return parent === 'levelTexts' || (parent === 'labels' && (last === 'min' || last === 'max'));
}

/** `{ "fr": "…", "en": "…" }` in the document's own locales. */
function textExample(context: SchemaIssueContext): string {
  const locales = context.locales?.length ? context.locales : ['fr', 'en'];
  return `{ ${locales.map((locale) => `"${locale}": "…"`).join(', ')} }`;
}

/** A number out of its range, a list too short, an empty text, in the author's words. */
function sizeProblem(
  issue: Extract<Issue, { code: 'too_small' | 'too_big' }>,
  value: unknown,
  context: SchemaIssueContext,
): string {
  // The schemas' own messages ("a weight must be above 0") say it best; zod's ("Too small:
  // expected number to be >=0") do not.
  const own = !/^Too (small|big)/.test(issue.message);
  if (issue.origin === 'array' && Array.isArray(value)) {
    const bound = issue.code === 'too_small' ? issue.minimum : issue.maximum;
    const least = issue.code === 'too_small' ? 'at least' : 'at most';
    return `expected a list of ${least} ${String(bound)} item${Number(bound) === 1 ? '' : 's'}, found ${value.length}`;
  }
  if (own) return `${issue.message}${found(context, value)}`;
  if (issue.code === 'too_small') {
    const bound = issue.inclusive
      ? `at least ${String(issue.minimum)}`
      : `above ${String(issue.minimum)}`;
    return `expected a number ${bound}${found(context, value)}`;
  }
  const bound = issue.inclusive
    ? `at most ${String(issue.maximum)}`
    : `below ${String(issue.maximum)}`;
  return `expected a number ${bound}${found(context, value)}`;
}

/**
 * True when the issue only says that nothing was given (a missing field, in any of its forms):
 * the document says so when it is known; zod's message otherwise.
 */
function isMissing(issue: Issue, document: unknown, path: PropertyKey[]): boolean {
  if (document !== undefined) {
    const parent = valueAt(document, path.slice(0, -1));
    return (
      path.length > 0 &&
      typeof parent === 'object' &&
      parent !== null &&
      !Array.isArray(parent) &&
      valueAt(document, path) === undefined
    );
  }
  if (issue.code === 'invalid_type') return /received undefined/.test(issue.message);
  if (issue.code !== 'invalid_union' || issue.errors.length === 0) return false;
  return issue.errors.every(
    (branch) =>
      branch.length > 0 &&
      branch.every((inner) => inner.path.length === 0 && isMissing(inner, undefined, [])),
  );
}

/** A lower-case id made of the author's own, when one can be made: "SME.Q1.R6" gives "sme-q1-r6". */
function suggestedId(value: unknown): string {
  if (typeof value !== 'string') return '';
  const id = value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, '-')
    .replace(/^[-_]+|-+$/g, '')
    .slice(0, 64);
  return Identifier.safeParse(id).success ? `: write it "${id}", for example` : '';
}
