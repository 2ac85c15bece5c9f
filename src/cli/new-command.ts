import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Identifier, invalidIdMessage } from '../domain/index.js';
import type { CommandOutput } from './command-output.js';
import { questionnaireTemplate } from './questionnaire-template.js';

const SCHEMA_PATH = join('questionnaires', 'questionnaire.schema.json');

/**
 * The JSON Schema shipped with the installation this module belongs to: the first
 * `questionnaires/questionnaire.schema.json` up from the module's folder. That is two folders up
 * from src/cli (run through tsx) but three from dist/src/cli (the built CLI), so it is looked for
 * rather than counted. Undefined when the installation has none.
 *
 * @example installedSchemaFile('/opt/assoradar/dist/src/cli') // '/opt/assoradar/questionnaires/questionnaire.schema.json'
 */
export function installedSchemaFile(
  moduleDir: string,
  exists: (file: string) => boolean = existsSync,
): string | undefined {
  for (let dir = moduleDir; ; dir = dirname(dir)) {
    const file = join(dir, SCHEMA_PATH);
    if (exists(file)) return file;
    if (dirname(dir) === dir) return undefined;
  }
}

/**
 * Writes `<dir>/<id>/1.0.0.json`, a small valid questionnaire to start from. Never overwrites:
 * a published version is immutable, and an author's draft is theirs.
 */
export async function newCommand(id: string, dir: string, out: CommandOutput): Promise<number> {
  if (!Identifier.safeParse(id).success) {
    out.error(`${invalidIdMessage(id)}. Nothing written.`);
    return 1;
  }
  const folder = join(dir, id);
  const file = join(folder, '1.0.0.json');
  await mkdir(folder, { recursive: true });
  const schemaFile = installedSchemaFile(dirname(fileURLToPath(import.meta.url)));
  // Relative to the new file, as editors read it; "/" even on Windows, as JSON Schema wants.
  const schemaPath = schemaFile && relative(folder, schemaFile).split('\\').join('/');
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
