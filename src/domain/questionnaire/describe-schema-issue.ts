import type { z } from 'zod';
import { toPointer, type DocumentIssue } from './document-issue.js';

type Issue = z.core.$ZodIssue;

const EXPECTED: Record<string, string> = {
  record: 'a text in each locale, such as { "fr": "…", "en": "…" }',
  object: 'an object { … }',
  array: 'a list [ … ]',
  string: 'a text in quotes',
  number: 'a number (without quotes)',
  boolean: 'true or false',
};

/**
 * Turns a zod issue into the words an author understands, at its JSON pointer. zod's own
 * messages ("Invalid input") do not say what was expected; for a union (an option, a trigger)
 * the form the author most likely meant is the one with the fewest problems, so its problems
 * are the ones reported.
 *
 * @example describeSchemaIssue(issue) // [{ pointer: '/areas/0/weight', message: 'expected a number (without quotes)' }]
 */
export function describeSchemaIssue(issue: Issue, base: PropertyKey[] = []): DocumentIssue[] {
  const path = [...base, ...issue.path];
  const at = (message: string): DocumentIssue[] => [{ pointer: toPointer(path), message }];
  switch (issue.code) {
    case 'invalid_type': {
      const expected = EXPECTED[issue.expected] ?? issue.expected;
      if (isMissing(issue)) {
        const field = path.at(-1);
        return at(`the field "${String(field)}" is missing: expected ${expected}`);
      }
      return at(`expected ${expected}`);
    }
    case 'unrecognized_keys':
      return at(
        `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}: check the spelling, or remove it`,
      );
    case 'invalid_value':
      return at(`use one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`);
    case 'invalid_union': {
      if (issue.errors.length === 0) {
        const options = 'options' in issue && Array.isArray(issue.options) ? issue.options : [];
        return at(`use one of ${options.map((v: unknown) => JSON.stringify(v)).join(', ')}`);
      }
      const branches = issue.errors.map((branch) => ({
        issues: branch.flatMap((inner) => describeSchemaIssue(inner, path)),
        // A form that calls the author's own field unknown is the least likely to be meant.
        cost: branch.reduce((sum, inner) => sum + (inner.code === 'unrecognized_keys' ? 3 : 1), 0),
        missing: branch.flatMap((inner) =>
          inner.path.length === 1 && isMissing(inner) ? [String(inner.path[0])] : [],
        ),
      }));
      const cheapest = Math.min(...branches.map((b) => b.cost));
      const best = branches.filter((b) => b.cost === cheapest);
      if (best.length === 1) return best[0]!.issues;
      if (best.every((b) => b.missing.length > 0)) {
        const forms = best.map((b) => `{ ${b.missing.map((k) => `"${k}": …`).join(', ')} }`);
        return at(`expected one of these forms: ${forms.join(' or ')}`);
      }
      return best[0]!.issues;
    }
    default:
      return at(issue.message);
  }
}

/** True when the issue only says that nothing was given (a missing field, in any of its forms). */
function isMissing(issue: Issue): boolean {
  if (issue.code === 'invalid_type') return /received undefined/.test(issue.message);
  if (issue.code !== 'invalid_union' || issue.errors.length === 0) return false;
  return issue.errors.every(
    (branch) =>
      branch.length > 0 && branch.every((inner) => inner.path.length === 0 && isMissing(inner)),
  );
}
