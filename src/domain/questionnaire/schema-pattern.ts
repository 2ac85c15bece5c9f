import type { z } from 'zod';

/**
 * The pattern zod reports when a value breaks the regular expression of `schema`, read from the
 * schema itself (by parsing a value no pattern of ours accepts), so that an issue can be told
 * apart by the rule it breaks without a copy of that rule.
 *
 * @example patternOf(Identifier) // '/^[a-z0-9][a-z0-9_-]{0,63}$/'
 */
export function patternOf(schema: z.ZodType): string | undefined {
  const issue = schema.safeParse('!').error?.issues[0];
  return issue?.code === 'invalid_format' ? issue.pattern : undefined;
}
