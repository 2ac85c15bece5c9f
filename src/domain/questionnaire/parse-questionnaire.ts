import { checkQuestionnaire } from './check-questionnaire.js';
import { describeSchemaIssue } from './describe-schema-issue.js';
import type { DocumentIssue } from './document-issue.js';
import { Questionnaire } from './questionnaire-schema.js';

export type ParsedQuestionnaire =
  { ok: true; questionnaire: Questionnaire } | { ok: false; issues: DocumentIssue[] };

/**
 * Parses an untrusted document (already JSON-decoded) into a questionnaire, reporting every
 * problem with its JSON pointer: schema problems first, then whole-document rules.
 *
 * @example parseQuestionnaire(JSON.parse(text)) // { ok: true, questionnaire } or { ok: false, issues }
 */
export function parseQuestionnaire(document: unknown): ParsedQuestionnaire {
  const parsed = Questionnaire.safeParse(document);
  if (!parsed.success) {
    return {
      ok: false,
      issues: parsed.error.issues.flatMap((issue) => describeSchemaIssue(issue)),
    };
  }
  const issues = checkQuestionnaire(parsed.data);
  return issues.length > 0 ? { ok: false, issues } : { ok: true, questionnaire: parsed.data };
}
