import { readFile } from 'node:fs/promises';
import { parseQuestionnaire, type Questionnaire } from '../domain/index.js';
import type { FileProblem } from './catalog-error.js';
import { contentHash } from './content-hash.js';

export type ReadResult =
  | { ok: true; questionnaire: Questionnaire; contentHash: string }
  | { ok: false; problems: FileProblem[] };

/** Reads, decodes and validates one questionnaire file, reporting every problem it has. */
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
  if (!parsed.ok) {
    return { ok: false, problems: parsed.issues.map((issue) => ({ file, ...issue })) };
  }
  // The editor hint is the author's business, not part of the published definition.
  const { $schema: _schema, ...questionnaire } = parsed.questionnaire;
  const misplaced = locationProblems(file, questionnaire);
  if (misplaced.length > 0) return { ok: false, problems: misplaced };
  return { ok: true, questionnaire, contentHash: contentHash(document) };
}

/** A file must live at `<id>/<version>.json`: that is how "id@version" finds it. */
function locationProblems(file: string, { id, version }: Questionnaire): FileProblem[] {
  const [folder, base] = file.split(/[\\/]/).slice(-2);
  const problems: FileProblem[] = [];
  if (id !== folder) {
    problems.push({ file, pointer: '/id', message: `"${id}" must match its folder "${folder}"` });
  }
  if (`${version}.json` !== base) {
    problems.push({
      file,
      pointer: '/version',
      message: `"${version}" must match the file name "${base}"`,
    });
  }
  return problems;
}

function fail(file: string, pointer: string, message: string): ReadResult {
  return { ok: false, problems: [{ file, pointer, message }] };
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
