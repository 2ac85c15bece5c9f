import { readFile } from 'node:fs/promises';
import { parseQuestionnaire, type Questionnaire } from '../domain/index.js';
import type { FileProblem } from './catalog-error.js';
import { contentHash } from './content-hash.js';

export type ReadResult =
  | { ok: true; questionnaire: Questionnaire; contentHash: string; warnings: FileProblem[] }
  | { ok: false; problems: FileProblem[]; warnings: FileProblem[] };

/** Reads, decodes and validates one questionnaire file, reporting every problem and warning it has. */
export async function readQuestionnaireFile(file: string): Promise<ReadResult> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    return fail(
      file,
      '',
      `cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
    );
  }
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    return fail(file, '', `is not valid JSON: ${describeSyntaxError(text, error)}`);
  }
  const parsed = parseQuestionnaire(document);
  const warnings = parsed.warnings.map((issue) => ({ file, ...issue }));
  // Checked in the same pass as the document's own problems, as far as id and version can be read.
  const misplaced = locationProblems(file, parsed.ok ? parsed.questionnaire : parsed.identity);
  if (!parsed.ok) {
    const problems = parsed.issues.map((issue) => ({ file, ...issue }));
    return { ok: false, problems: [...problems, ...misplaced], warnings };
  }
  if (misplaced.length > 0) return { ok: false, problems: misplaced, warnings };
  // The editor hint is the author's business, not part of the published definition.
  const { $schema: _schema, ...questionnaire } = parsed.questionnaire;
  return { ok: true, questionnaire, contentHash: contentHash(document), warnings };
}

/** A file must live at `<id>/<version>.json`: that is how "id@version" finds it. */
function locationProblems(file: string, { id, version }: { id?: string; version?: string }) {
  const [folder, base] = file.split(/[\\/]/).slice(-2);
  const problems: FileProblem[] = [];
  if (id !== undefined && id !== folder) {
    problems.push({ file, pointer: '/id', message: `"${id}" must match its folder "${folder}"` });
  }
  if (version !== undefined && `${version}.json` !== base) {
    problems.push({
      file,
      pointer: '/version',
      message: `"${version}" must match the file name "${base}"`,
    });
  }
  return problems;
}

function fail(file: string, pointer: string, message: string): ReadResult {
  return { ok: false, problems: [{ file, pointer, message }], warnings: [] };
}

/** "Unexpected token } in JSON at position 120" becomes "... (line 7, column 3)". */
function describeSyntaxError(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const position = /position (\d+)/.exec(message)?.[1];
  if (position === undefined) return message;
  const before = text.slice(0, Number(position));
  const line = before.split('\n').length;
  const column = Number(position) - before.lastIndexOf('\n');
  return `${message} (line ${line}, column ${column})`;
}
