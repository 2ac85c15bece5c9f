import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { CatalogError, type FileProblem } from '../../../src/catalog/catalog-error.js';
import { contentHash } from '../../../src/catalog/content-hash.js';
import { loadCatalog } from '../../../src/catalog/load-catalog.js';
import { readQuestionnaireFile } from '../../../src/catalog/read-questionnaire-file.js';
import {
  MINI_TEXT,
  miniDocument,
  tempQuestionnaireFolder,
} from '../../support/questionnaire-folder.js';

/** The CatalogError that loading the folder throws; fails the test if it loads. */
async function catalogProblems(
  dir: string,
): Promise<{ error: CatalogError; problems: FileProblem[] }> {
  const error = await loadCatalog(dir).then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(CatalogError);
  const catalogError = error as CatalogError;
  expect(catalogError.code).toBe('questionnaire_invalid');
  // Names are given relative to the working directory; compare them as absolute paths.
  const problems = catalogError.problems.map((problem) => ({
    ...problem,
    file: resolve(problem.file),
  }));
  return { error: catalogError, problems };
}

describe('loading the questionnaire catalog from a folder', () => {
  let folder: ReturnType<typeof tempQuestionnaireFolder>;
  beforeEach(() => {
    folder = tempQuestionnaireFolder();
  });
  afterEach(() => {
    folder.remove();
  });

  test('when the folder holds a sound file, then the catalog finds it by id@version and as the latest', async () => {
    const file = folder.write('mini', '1.0.0.json', MINI_TEXT);

    const catalog = await loadCatalog(folder.dir);

    const entry = catalog.find('mini', '1.0.0');
    expect(entry?.questionnaire.title.en).toBe('Mini diagnosis');
    expect(catalog.find('mini')).toBe(entry);
    expect(resolve(entry!.file)).toBe(file);
    expect(entry!.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(catalog.find('mini', '2.0.0')).toBeUndefined();
    expect(catalog.find('other')).toBeUndefined();
    expect(catalog.list()).toHaveLength(1);
  });

  test('when a questionnaire has several versions, then the latest is the highest semantic version, not the last by name', async () => {
    for (const version of ['1.2.0', '1.10.0', '1.9.1']) {
      folder.write('mini', `${version}.json`, { ...miniDocument(), version });
    }

    const catalog = await loadCatalog(folder.dir);

    expect(catalog.find('mini')?.questionnaire.version).toBe('1.10.0');
    expect(catalog.find('mini', '1.2.0')?.questionnaire.version).toBe('1.2.0');
  });

  test('when files only differ by indentation and key order, then their content hash is the same', async () => {
    const document = miniDocument();
    const reordered = Object.fromEntries(Object.entries(document).reverse());
    folder.write('mini', '1.0.0.json', JSON.stringify(reordered));

    const entry = (await loadCatalog(folder.dir)).find('mini', '1.0.0');

    expect(entry?.contentHash).toBe(contentHash(JSON.parse(MINI_TEXT)));
  });

  test('when a file is not valid JSON, then the problem names the file and the line and column', async () => {
    const file = folder.write('mini', '1.0.0.json', '{\n  "id": "mini",\n  "version" "1.0.0"\n}\n');

    const { problems } = await catalogProblems(folder.dir);

    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file, pointer: '' });
    expect(problems[0]!.message).toMatch(/^is not valid JSON: /);
    // The stray string starts on line 3, column 13: `  "version" "1.0.0"`.
    expect(problems[0]!.message).toContain('(line 3, column 13)');
  });

  test('when a value breaks the schema, then the problem points at it with a readable message', async () => {
    const document = miniDocument();
    document.questions[2].weight = -1;
    const file = folder.write('mini', '1.0.0.json', document);

    const { problems, error } = await catalogProblems(folder.dir);

    expect(problems).toEqual([
      { file, pointer: '/questions/2/weight', message: 'a weight must be above 0, found -1' },
    ]);
    expect(error.message).toContain('at /questions/2/weight: a weight must be above 0, found -1');
  });

  test('when the document breaks a whole-document rule, then the problem points at the faulty reference', async () => {
    const document = miniDocument();
    document.questions[3].area = 'finance';
    const file = folder.write('mini', '1.0.0.json', document);

    const { problems } = await catalogProblems(folder.dir);

    expect(problems).toContainEqual({
      file,
      pointer: '/questions/3/area',
      message: 'there is no area "finance"',
    });
  });

  test('when a version declares a carry-over from a version the catalog lacks, or an earlier question that never was, then loading fails at its pointer', async () => {
    folder.write('mini', '1.0.0.json', MINI_TEXT);
    const file = folder.write('mini', '1.1.0.json', {
      ...miniDocument(),
      version: '1.1.0',
      carryOver: [
        { from: '0.9.0', drop: ['site'] },
        { from: '1.0.0', drop: ['never-was'] },
      ],
    });

    const { problems } = await catalogProblems(folder.dir);

    expect(problems).toEqual([
      { file, pointer: '/carryOver/0/from', message: 'there is no version "0.9.0" of "mini"' },
      { file, pointer: '/carryOver/1/drop/0', message: '1.0.0 has no question "never-was"' },
    ]);
  });

  test('when the id does not match its folder, then the problem says so at /id', async () => {
    const file = folder.write('other', '1.0.0.json', MINI_TEXT);

    const { problems } = await catalogProblems(folder.dir);

    expect(problems).toEqual([
      { file, pointer: '/id', message: '"mini" must match its folder "other"' },
    ]);
  });

  test('when the version does not match the file name, then the problem says so at /version', async () => {
    const file = folder.write('mini', '1.1.0.json', MINI_TEXT);

    const { problems } = await catalogProblems(folder.dir);

    expect(problems).toEqual([
      { file, pointer: '/version', message: '"1.0.0" must match the file name "1.1.0.json"' },
    ]);
  });

  test('when several files have problems, then every problem of every file is reported at once', async () => {
    folder.write('mini', '1.0.0.json', MINI_TEXT);
    const broken = folder.write('broken', '1.0.0.json', '{ "id": "broken", ');
    const schema = miniDocument();
    schema.id = 'schema';
    schema.questions[0].options[1].points = -2;
    schema.levels[1].min = 'twenty-five';
    const invalid = folder.write('schema', '1.0.0.json', schema);
    const unsound = miniDocument();
    unsound.id = 'unsound';
    unsound.levels[0].title = { fr: 'Débutant' };
    unsound.recommendations[0].area = 'finance';
    const incoherent = folder.write('unsound', '1.0.0.json', unsound);
    const misplaced = folder.write('misplaced', '2.0.0.json', MINI_TEXT);

    const { problems, error } = await catalogProblems(folder.dir);

    const pointersOf = (file: string) =>
      problems.filter((problem) => problem.file === file).map((problem) => problem.pointer);
    expect(pointersOf(broken)).toEqual(['']);
    expect(pointersOf(invalid).sort()).toEqual(['/levels/1/min', '/questions/0/options/1/points']);
    expect(pointersOf(incoherent).sort()).toEqual(['/levels/0/title', '/recommendations/0/area']);
    expect(pointersOf(misplaced).sort()).toEqual(['/id', '/version']);
    expect(pointersOf(folder.path('mini', '1.0.0.json'))).toEqual([]);
    expect(problems).toHaveLength(7);
    // The message lists them all, one line each, naming file and pointer.
    expect(error.message.split('\n').slice(1)).toHaveLength(7);
    expect(error.message).toMatch(/broken[\\/]1\.0\.0\.json: is not valid JSON/);
    expect(error.message).toMatch(
      /unsound[\\/]1\.0\.0\.json at \/levels\/0\/title: the "en" text is missing/,
    );
  });

  test('when a folder holds other files beside the versions, then only .json files are read', async () => {
    folder.write('mini', '1.0.0.json', MINI_TEXT);
    folder.write('mini', 'README.md', '# notes, not a questionnaire');

    const catalog = await loadCatalog(folder.dir);

    expect(catalog.list().map((entry) => entry.questionnaire.version)).toEqual(['1.0.0']);
  });
});

describe('reading one questionnaire file', () => {
  let folder: ReturnType<typeof tempQuestionnaireFolder>;
  beforeEach(() => {
    folder = tempQuestionnaireFolder();
  });
  afterEach(() => {
    folder.remove();
  });

  test('when the file does not exist, then the problem says it cannot be read', async () => {
    const file = folder.path('mini', '1.0.0.json');

    const result = await readQuestionnaireFile(file);

    expect(result).toEqual({
      ok: false,
      problems: [{ file, pointer: '', message: 'cannot be read (ENOENT)' }],
      warnings: [],
    });
  });

  test('when the file is sound, then it answers the parsed questionnaire and its content hash', async () => {
    const file = folder.write('mini', '1.0.0.json', MINI_TEXT);

    const result = await readQuestionnaireFile(file);

    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.questionnaire.id).toBe('mini');
    expect(result.contentHash).toBe(contentHash(JSON.parse(MINI_TEXT)));
  });

  test('when a single file lies outside its <id>/<version>.json place, then reading it alone reports that too', async () => {
    const file = folder.write('other', '2.0.0.json', MINI_TEXT);

    const result = await readQuestionnaireFile(file);

    expect(result).toEqual({
      ok: false,
      problems: [
        { file, pointer: '/id', message: '"mini" must match its folder "other"' },
        { file, pointer: '/version', message: '"1.0.0" must match the file name "2.0.0.json"' },
      ],
      warnings: [],
    });
  });

  test('when a file names its JSON Schema, then the loaded definition leaves "$schema" out', async () => {
    const file = folder.write('mini', '1.0.0.json', MINI_TEXT);

    const result = await readQuestionnaireFile(file);

    expect(JSON.parse(MINI_TEXT)).toHaveProperty('$schema');
    expect(result.ok && '$schema' in result.questionnaire).toBe(false);
  });
});

describe('a questionnaire folder that does not exist', () => {
  test('when the folder is missing, then the catalog error names it and the variable to set', async () => {
    const { problems } = await catalogProblems('/nonexistent/assoradar-questionnaires');

    expect(problems).toEqual([
      {
        file: '/nonexistent/assoradar-questionnaires',
        pointer: '',
        message: expect.stringContaining('set QUESTIONNAIRES_DIR'),
      },
    ]);
  });
});
