import { z } from 'zod';
import { LocaleCode } from '../domain/index.js';

/**
 * `?lang=`: the one name of the language a route answers or renders in (a report, a calendar,
 * a dashboard, a blank form). Left out, the resource's own language is used: the response's,
 * else the questionnaire's default.
 */
export const LangQuery = z.strictObject({
  lang: LocaleCode.optional().describe(
    "The language to answer in (fr, en …); the response's or the questionnaire's own when left out.",
  ),
});
