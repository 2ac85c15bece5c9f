/**
 * Writes (or, with --check, verifies) questionnaires/questionnaire.schema.json from the zod
 * schemas, so that authors get editor completion from the one definition of the format.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { questionnaireJsonSchema } from '../src/domain/questionnaire/questionnaire-json-schema.js';

const target = fileURLToPath(
  new URL('../questionnaires/questionnaire.schema.json', import.meta.url),
);
const expected = `${JSON.stringify(questionnaireJsonSchema(), null, 2)}\n`;

if (process.argv.includes('--check')) {
  const actual = await readFile(target, 'utf8').catch(() => '');
  if (actual !== expected) {
    console.error(`${target} is stale: run "npm run schema" and commit the result.`);
    process.exit(1);
  }
  console.log('questionnaire.schema.json is up to date');
} else {
  await writeFile(target, expected);
  console.log(`wrote ${target}`);
}
