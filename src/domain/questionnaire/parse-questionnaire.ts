import { checkQuestionnaireParts } from './check-questionnaire.js';
import { describeSchemaIssue, exampleLocales } from './describe-schema-issue.js';
import type { DocumentIssue } from './document-issue.js';
import { partsOf } from './questionnaire-parts.js';
import { Questionnaire } from './questionnaire-schema.js';
import { questionnaireWarningsOfParts } from './questionnaire-warnings.js';
import { readQuestionnaireParts } from './read-questionnaire-parts.js';

export type ParsedQuestionnaire =
  | { ok: true; questionnaire: Questionnaire; warnings: DocumentIssue[] }
  | {
      ok: false;
      /** The errors: schema problems first, then whole-document rules. */
      issues: DocumentIssue[];
      /** The warnings of the parts that are well-formed, in the same pass as the errors. */
      warnings: DocumentIssue[];
      /** The id and version as written, when they are texts: where the file must live. */
      identity: { id?: string; version?: string };
    };

/**
 * Parses an untrusted document (already JSON-decoded) into a questionnaire, reporting every
 * problem with its JSON pointer in one pass: schema problems first, then the whole-document rules,
 * and apart from them the warnings. When the schema fails, the rules and the warnings still run on
 * every part of the document that is well-formed (readQuestionnaireParts), so that fixing the
 * schema never reveals a second round of problems.
 *
 * @example parseQuestionnaire(JSON.parse(text)) // { ok: true, questionnaire, warnings } or { ok: false, issues, warnings, identity }
 */
export function parseQuestionnaire(document: unknown): ParsedQuestionnaire {
  const parsed = Questionnaire.safeParse(document);
  if (parsed.success) {
    const parts = partsOf(parsed.data);
    const issues = checkQuestionnaireParts(parts);
    const warnings = questionnaireWarningsOfParts(parts);
    if (issues.length === 0) return { ok: true, questionnaire: parsed.data, warnings };
    const { id, version } = parsed.data;
    return { ok: false, issues, warnings, identity: { id, version } };
  }
  const context = { document, locales: exampleLocales(document) };
  const parts = readQuestionnaireParts(document);
  return {
    ok: false,
    issues: [
      ...parsed.error.issues.flatMap((issue) => describeSchemaIssue(issue, context)),
      ...checkQuestionnaireParts(parts),
    ],
    warnings: questionnaireWarningsOfParts(parts),
    identity: { id: parts.id, version: parts.version },
  };
}
