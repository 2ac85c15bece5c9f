import { execFile } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import {
  miniDocument,
  tempQuestionnaireFolder,
  type JsonDocument,
} from '../support/questionnaire-folder.js';
import { runCli } from '../support/run-cli.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SCHEMA = join('questionnaires', 'questionnaire.schema.json');
const run = promisify(execFile);

describe('the authoring commands', { timeout: 30_000 }, () => {
  let folder: ReturnType<typeof tempQuestionnaireFolder>;
  beforeEach(() => {
    folder = tempQuestionnaireFolder();
  });
  afterEach(() => {
    folder.remove();
  });

  test('when a valid file has likely mistakes, then validate prints each as a warning with its pointer and exits 0, and 1 with --strict', async () => {
    const doc = miniDocument();
    doc.questions[0].title.en = doc.questions[0].title.fr;
    doc.recommendations[2].trigger = { answer: { question: 'gdpr', min: 5 } };
    const file = folder.write('mini', '1.0.0.json', doc);

    const lenient = await runCli(['validate', file]);
    const strict = await runCli(['validate', '--strict', file]);

    expect(lenient.code).toBe(0);
    expect(lenient.stdout).toBe(`ok ${file} (mini@1.0.0)\n`);
    expect(lenient.stderr).toContain(
      `warning ${file} at /questions/0/title/en: the "en" text is the same as the "fr" one`,
    );
    expect(lenient.stderr).toContain(
      `warning ${file} at /recommendations/2/trigger/answer: recommendation "gdpr-register" can never fire`,
    );
    expect(lenient.stderr).toContain('2 warnings.');
    expect(strict.code).toBe(1);
    expect(strict.stderr).toContain('2 warnings, which --strict counts as problems.');
  });

  test('when a file has errors of the schema and of the rules and likely mistakes, then validate prints every one in one pass, errors first, and exits 1', async () => {
    const doc = miniDocument();
    doc.areas[0].weight = 'heavy'; // schema
    doc.recommendations[0].effort = 'tiny'; // schema
    doc.levels[1].min = 30; // rule: nothing covers 25 to 30
    doc.questions[4].showIf = { question: 'staff', anyOf: ['some'] }; // rule: no such question
    doc.questions[0].title.en = doc.questions[0].title.fr; // warning: not translated
    doc.version = '1.0.1'; // rule: the file is 1.0.0.json
    const file = folder.write('mini', '1.0.0.json', doc);

    const result = await runCli(['validate', file]);

    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr.split('\n')).toEqual([
      `error ${file} at /areas/0/weight: expected a number (without quotes), found "heavy"`,
      `error ${file} at /recommendations/0/effort: "tiny" is not one of "low", "medium", "high"`,
      `error ${file} at /questions/4/showIf/question: there is no question "staff"`,
      `error ${file} at /levels/1/min: no level covers scores from 25 to 30`,
      `error ${file} at /version: "1.0.1" must match the file name "1.0.0.json"`,
      `warning ${file} at /questions/0/title/en: the "en" text is the same as the "fr" one: not translated yet?`,
      '5 problems found.',
      '1 warning.',
      '',
    ]);
  });

  test('when the whole folder is checked and one file is broken, then the warnings of every file come with the errors', async () => {
    const sound = miniDocument();
    sound.questions[1].title.en = sound.questions[1].title.fr;
    folder.write('mini', '1.0.0.json', sound);
    const broken = miniDocument();
    broken.version = '1.1.0';
    broken.areas[0].weight = 'heavy';
    broken.questions[0].title.en = broken.questions[0].title.fr;
    folder.write('mini', '1.1.0.json', broken);

    const result = await runCli(['validate', '--strict'], { QUESTIONNAIRES_DIR: folder.dir });

    expect(result.code).toBe(1);
    const lines = result.stderr.trim().split('\n');
    expect(lines.map((line) => line.replace(/ .*? at /, ' <file> at '))).toEqual([
      'error <file> at /areas/0/weight: expected a number (without quotes), found "heavy"',
      'warning <file> at /questions/1/title/en: the "en" text is the same as the "fr" one: not translated yet?',
      'warning <file> at /questions/0/title/en: the "en" text is the same as the "fr" one: not translated yet?',
      '1 problem found.',
      '2 warnings, which --strict counts as problems.',
    ]);
    expect(lines[1]).toContain('1.0.0.json at');
    expect(lines[2]).toContain('1.1.0.json at');
  });

  test('when new is run, then it writes a questionnaire that validate passes with no warning, and it refuses to overwrite it', async () => {
    const created = await runCli(['new', 'my-diag', '--dir', folder.dir]);
    const file = folder.path('my-diag', '1.0.0.json');
    const validated = await runCli(['validate', '--strict', file]);
    const again = await runCli(['new', 'my-diag', '--dir', folder.dir]);

    expect(created.code).toBe(0);
    expect(existsSync(file)).toBe(true);
    const written = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    // Run through tsx from src/cli: the schema of this checkout, relative to the new file.
    expect(resolve(dirname(file), written.$schema as string)).toBe(join(ROOT, SCHEMA));
    expect(validated).toEqual({ code: 0, stdout: `ok ${file} (my-diag@1.0.0)\n`, stderr: '' });
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('already exists');
    expect(readFileSync(file, 'utf8')).toBe(`${JSON.stringify(written, null, 2)}\n`);
  });

  test('when new is given an id that is not an identifier, then it writes nothing and says what an id is', async () => {
    const result = await runCli(['new', 'My Diag', '--dir', folder.dir]);

    expect(result.code).toBe(1);
    expect(result.stderr).toContain('lower-case letters');
    expect(existsSync(folder.path('My Diag', '1.0.0.json'))).toBe(false);
  });

  test('when the broken file of docs/authoring.md is validated, then the output is the one the guide shows', async () => {
    await runCli(['new', 'mon-diagnostic', '--dir', join(folder.dir, 'questionnaires')]);
    const doc = JSON.parse(
      readFileSync(folder.path(join('questionnaires', 'mon-diagnostic'), '1.0.0.json'), 'utf8'),
    ) as JsonDocument;
    doc.version = '1.1.0';
    doc.areas[0].weight = '2';
    doc.areas[0].colour = 'blue';
    delete doc.title;
    doc.questions[0].id = 'Site.Web';
    doc.recommendations[0].effort = 'hight';
    doc.levels[1].min = 45;
    doc.questions[3].title.en = doc.questions[3].title.fr;
    const file = folder.write(join('questionnaires', 'mon-diagnostic'), '1.1.0.json', doc);

    const result = await runCli(['validate', file]);

    const guide = readFileSync(join(ROOT, 'docs', 'authoring.md'), 'utf8');
    const shown = /\*\*One pass\.\*\*[\s\S]*?```text\n([\s\S]*?)```/.exec(guide)?.[1];
    expect(result.code).toBe(1);
    expect(result.stderr.replaceAll(`${folder.dir}/`, '')).toBe(shown);
  });

  // The built CLI runs from dist/src/cli, a folder deeper than src/cli: built here into an
  // installation of its own (bin, dist, the schema, the dependencies linked), as npm lays it out.
  test("when new is run from the built CLI, then the $schema it writes leads to the installation's schema", async () => {
    const installation = mkdtempSync(join(tmpdir(), 'assoradar-installation-'));
    try {
      mkdirSync(join(installation, 'bin'));
      mkdirSync(join(installation, 'questionnaires'));
      copyFileSync(join(ROOT, 'bin', 'assoradar.js'), join(installation, 'bin', 'assoradar.js'));
      copyFileSync(join(ROOT, SCHEMA), join(installation, SCHEMA));
      writeFileSync(join(installation, 'package.json'), '{ "type": "module" }\n');
      symlinkSync(join(ROOT, 'node_modules'), join(installation, 'node_modules'), 'dir');
      const tsc = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
      const build = ['-p', join(ROOT, 'tsconfig.build.json'), '--noCheck'];
      await run(process.execPath, [tsc, ...build, '--outDir', join(installation, 'dist')]);

      await run(
        process.execPath,
        [join(installation, 'bin', 'assoradar.js'), 'new', 'built-diag', '--dir', 'drafts'],
        { cwd: folder.dir, env: { ...process.env, LOG_LEVEL: 'silent' } },
      );

      const file = folder.path(join('drafts', 'built-diag'), '1.0.0.json');
      const written = JSON.parse(readFileSync(file, 'utf8')) as { $schema: string };
      expect(resolve(dirname(file), written.$schema)).toBe(join(installation, SCHEMA));
    } finally {
      rmSync(installation, { recursive: true, force: true });
    }
  }, 60_000);
});
