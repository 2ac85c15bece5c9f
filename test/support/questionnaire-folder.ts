import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FIXTURE_QUESTIONNAIRES } from './test-config.js';

/** The text of the mini fixture questionnaire (test/fixtures/questionnaires/mini/1.0.0.json). */
export const MINI_TEXT = readFileSync(join(FIXTURE_QUESTIONNAIRES, 'mini', '1.0.0.json'), 'utf8');

/** A JSON document as tests edit it: any shape, to write broken files on purpose. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type JsonDocument = Record<string, any>;

/** A fresh copy of the mini fixture as a plain object, free to edit. */
export function miniDocument(): JsonDocument {
  return JSON.parse(MINI_TEXT) as JsonDocument;
}

/**
 * A temporary questionnaires folder laid out as the catalog reads it, `<dir>/<id>/<version>.json`;
 * call remove() when done.
 */
export function tempQuestionnaireFolder() {
  const dir = mkdtempSync(join(tmpdir(), 'assoradar-questionnaires-'));
  return {
    dir,
    /** The path of `<dir>/<folder>/<fileName>`. */
    path: (folder: string, fileName: string) => join(dir, folder, fileName),
    /** Writes a document (indented JSON) or raw text; answers the file's path. */
    write(folder: string, fileName: string, content: JsonDocument | string): string {
      mkdirSync(join(dir, folder), { recursive: true });
      const file = join(dir, folder, fileName);
      writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
      return file;
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
