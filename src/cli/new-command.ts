import { mkdir, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Identifier } from '../domain/index.js';
import type { CommandOutput } from './command-output.js';
import { questionnaireTemplate } from './questionnaire-template.js';

/** The JSON Schema shipped with the app, two folders up from src/cli or dist/cli. */
const SCHEMA_FILE = fileURLToPath(
  new URL('../../questionnaires/questionnaire.schema.json', import.meta.url),
);

/**
 * Writes `<dir>/<id>/1.0.0.json`, a small valid questionnaire to start from. Never overwrites:
 * a published version is immutable, and an author's draft is theirs.
 */
export async function newCommand(id: string, dir: string, out: CommandOutput): Promise<number> {
  if (!Identifier.safeParse(id).success) {
    out.error(`"${id}": use 1-64 lower-case letters, digits, "-" or "_" for a questionnaire id.`);
    return 1;
  }
  const folder = join(dir, id);
  const file = join(folder, '1.0.0.json');
  await mkdir(folder, { recursive: true });
  const schemaPath = relative(folder, SCHEMA_FILE).split('\\').join('/');
  const text = `${JSON.stringify(questionnaireTemplate(id, schemaPath), null, 2)}\n`;
  try {
    await writeFile(file, text, { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    out.error(`${file} already exists: nothing written (choose another id or edit that file).`);
    return 1;
  }
  out.log(`Wrote ${file}. Edit it, then check it with: assoradar validate ${file}`);
  return 0;
}
