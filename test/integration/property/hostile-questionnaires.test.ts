import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { CatalogError } from '../../../src/catalog/catalog-error.js';
import { loadCatalog } from '../../../src/catalog/load-catalog.js';
import { scoreResponse, unansweredRequired } from '../../../src/domain/index.js';
import {
  MINI_TEXT,
  miniDocument,
  tempQuestionnaireFolder,
  type JsonDocument,
} from '../../support/questionnaire-folder.js';

const RUNS = Number(process.env.PROPERTY_RUNS ?? 150);
const TIMEOUT = 60_000;

const PROTOTYPE_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'valueOf'];

const hostileString = fc.oneof(
  fc.constantFrom('', ' ', '\u0000', '\uD800', '../x', '1.0.0', 'mini', 'fr', 'x'.repeat(5000)),
  fc.constantFrom(...PROTOTYPE_KEYS),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 30 }),
);

const hostileValue: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.constantFrom(null, true, false, 0, -1, 1, 0.5, 1e308, -1e308, 2 ** 53 + 1),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    hostileString,
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.oneof(fc.constantFrom(...PROTOTYPE_KEYS), hostileString), tie('value'), {
      maxKeys: 4,
    }),
  ),
})).value;

type Path = Array<string | number>;

/** Every place in a document a mutation may hit: the root, each key, each element. */
function pathsOf(value: unknown, path: Path = [], into: Path[] = []): Path[] {
  into.push(path);
  if (Array.isArray(value)) value.forEach((child, i) => pathsOf(child, [...path, i], into));
  else if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) pathsOf(child, [...path, key], into);
  }
  return into;
}

/** Sets an own property, even "__proto__", as JSON.parse would. */
function setOwn(target: JsonDocument, key: string | number, value: unknown) {
  Object.defineProperty(target, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}

/** Names a questionnaire might well use, some of them shadowing what every object has. */
const plausibleName = fc.constantFrom(
  ...PROTOTYPE_KEYS,
  'hasOwnProperty',
  'site',
  'comm',
  'data',
  'yes',
  'none',
  'fr',
  'en',
  'q-1',
);

type Mutation =
  | { kind: 'replace'; at: number; value: unknown }
  | { kind: 'rename'; at: number; name: string }
  | { kind: 'remove'; at: number }
  | { kind: 'duplicate'; at: number }
  | { kind: 'add-key'; at: number; key: string; value: unknown };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('replace' as const),
      at: fc.nat(),
      value: hostileValue,
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('rename' as const),
      at: fc.nat(),
      name: plausibleName,
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('remove' as const), at: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat() }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('add-key' as const),
      at: fc.nat(),
      key: fc.oneof(fc.constantFrom(...PROTOTYPE_KEYS), hostileString),
      value: hostileValue,
    }),
  },
);

/** The mini fixture with a few things broken in it, each at a place picked at random. */
function mutate(document: JsonDocument, mutations: Mutation[]): JsonDocument {
  let root: unknown = document;
  for (const change of mutations) {
    if (change.kind === 'rename') {
      renameId(root, change);
      continue;
    }
    const paths = pathsOf(root);
    const path = paths[change.at % paths.length]!;
    if (path.length === 0) {
      if (change.kind === 'replace') root = change.value;
      continue;
    }
    const parent = path
      .slice(0, -1)
      .reduce<JsonDocument>((at, key) => at[key], root as JsonDocument);
    const key = path[path.length - 1]!;
    if (change.kind === 'replace') setOwn(parent, key, change.value);
    else if (change.kind === 'remove') {
      if (Array.isArray(parent)) parent.splice(Number(key), 1);
      else delete parent[key];
    } else if (change.kind === 'duplicate') {
      if (Array.isArray(parent)) parent.push(structuredClone(parent[Number(key)]));
    } else {
      const target = parent[key];
      if (target !== null && typeof target === 'object' && !Array.isArray(target)) {
        setOwn(target, change.key, change.value);
      }
    }
  }
  return root as JsonDocument;
}

/**
 * Renames one id everywhere it is used (its definition and every reference to it), so that
 * the document stays sound and the new name itself is what is tested.
 */
function renameId(root: unknown, change: { at: number; name: string }) {
  const ids = pathsOf(root).filter((path) => path[path.length - 1] === 'id');
  if (ids.length === 0) return;
  const old = valueAt(root, ids[change.at % ids.length]!);
  if (typeof old !== 'string') return;
  for (const path of pathsOf(root)) {
    if (path.length > 0 && valueAt(root, path) === old) {
      setOwn(valueAt(root, path.slice(0, -1)) as JsonDocument, path[path.length - 1]!, change.name);
    }
  }
}

function valueAt(root: unknown, path: Path): unknown {
  return path.reduce<unknown>((at, key) => (at as JsonDocument)[key], root);
}

let folder: ReturnType<typeof tempQuestionnaireFolder>;
beforeEach(() => {
  folder = tempQuestionnaireFolder();
});
afterEach(() => {
  folder.remove();
});

/**
 * Loads the folder: either a catalog whose questionnaires can be scored, or a CatalogError that
 * names each problem readably. Anything else thrown fails the property.
 */
async function loadOrExplain(dir: string): Promise<'loaded' | 'refused'> {
  let catalog;
  try {
    catalog = await loadCatalog(dir);
  } catch (error) {
    expect(error, String(error)).toBeInstanceOf(CatalogError);
    const { problems, message } = error as CatalogError;
    expect(problems.length).toBeGreaterThan(0);
    for (const problem of problems) {
      expect(problem.file.length).toBeGreaterThan(0);
      expect(problem.pointer).toMatch(/^(\/.*)?$/s);
      expect(typeof problem.message).toBe('string');
      expect(problem.message.trim().length, JSON.stringify(problem)).toBeGreaterThan(0);
      expect(problem.message).not.toContain('[object Object]');
    }
    expect(message).toMatch(/^Invalid questionnaire files:\n {2}- /);
    return 'refused';
  }
  // What the catalog accepts, the app can use: scoring an empty response and listing what is
  // still required never throw.
  for (const { questionnaire } of catalog.list()) {
    expect(catalog.find(questionnaire.id, questionnaire.version)).toBeDefined();
    const profile = scoreResponse(questionnaire, {});
    expect(Number.isNaN(profile.overall.score ?? 0)).toBe(false);
    // With no answer at all, every required question that no condition hides is unanswered,
    // whatever its id (even one every object inherits, such as "constructor").
    const alwaysShown = [...questionnaire.contextQuestions, ...questionnaire.questions].filter(
      (question) => question.required && !('showIf' in question && question.showIf),
    );
    expect(unansweredRequired(questionnaire, {})).toEqual(
      expect.arrayContaining(alwaysShown.map((question) => question.id)),
    );
  }
  return 'loaded';
}

describe('hostile questionnaire files at the catalog', () => {
  test(
    'when the mini questionnaire is broken at random places, then loading gives a usable catalog or a readable CatalogError, nothing else',
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 3 }), async (changes) => {
          const document = mutate(miniDocument(), changes);
          folder.write('mini', '1.0.0.json', JSON.stringify(document));

          await loadOrExplain(folder.dir);
        }),
        { numRuns: RUNS * 3 },
      );
    },
    TIMEOUT,
  );

  test(
    'when a file is not JSON at all, or JSON of another shape, then loading refuses it with a readable CatalogError',
    async () => {
      const text = fc.oneof(
        fc.string({ unit: 'binary', maxLength: 300 }),
        fc.json({ maxDepth: 3 }),
        hostileValue.map((value) => JSON.stringify(value) ?? ''),
        fc.constantFrom(
          '',
          '\uFEFF',
          `\uFEFF${MINI_TEXT}`,
          MINI_TEXT.slice(0, MINI_TEXT.length / 2),
          `${MINI_TEXT}}`,
          MINI_TEXT.replace('"mini"', '"mini",'),
          `${'['.repeat(50_000)}${']'.repeat(50_000)}`,
          `{"id":${'['.repeat(20_000)}1${']'.repeat(20_000)}}`,
          `${'{"a":'.repeat(20_000)}1${'}'.repeat(20_000)}`,
          '{"__proto__":{"polluted":true},"id":"mini"}',
          JSON.stringify({ ...miniDocument(), areas: Array(3000).fill(miniDocument().areas[0]) }),
        ),
      );
      await fc.assert(
        fc.asyncProperty(text, async (content) => {
          folder.write('mini', '1.0.0.json', content);

          await loadOrExplain(folder.dir);

          expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );

  test(
    'when the bytes are not UTF-8, then loading refuses or reads them, and never throws anything but a CatalogError',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.uint8Array({ maxLength: 200 }),
          fc.nat(MINI_TEXT.length),
          async (bytes, at) => {
            const text = Buffer.from(MINI_TEXT);
            const file = folder.path('mini', '1.0.0.json');
            mkdirSync(join(folder.dir, 'mini'), { recursive: true });
            writeFileSync(file, Buffer.concat([text.subarray(0, at), bytes, text.subarray(at)]));

            await loadOrExplain(folder.dir);
          },
        ),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );

  test(
    'when folders and file names are odd, then loading refuses the misplaced files by name and never throws anything else',
    async () => {
      const name = fc.oneof(
        fc.constantFrom(
          'mini',
          '1.0.0',
          '.json',
          'x.json',
          '1.0.0.json',
          '.',
          'MINI',
          'mini ',
          'é',
        ),
        fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 20 }),
      );
      await fc.assert(
        fc.asyncProperty(
          fc.array(fc.tuple(name, name, fc.boolean()), { minLength: 1, maxLength: 4 }),
          async (files) => {
            const run = tempQuestionnaireFolder();
            try {
              await loadOddFolder(run.dir, files);
            } finally {
              run.remove();
            }
          },
        ),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );
});

/** Writes the mini fixture under each (folder, name) the file system takes, then loads. */
async function loadOddFolder(dir: string, files: Array<[string, string, boolean]>) {
  const unsafe = (name: string) => name === '.' || name === '..';
  for (const [folderName, fileName, asJson] of files) {
    const folder = folderName.replace(/[/\\\0]/g, '_');
    const file = fileName.replace(/[/\\\0]/g, '_');
    if (unsafe(folder) || unsafe(file)) continue;
    try {
      mkdirSync(join(dir, folder), { recursive: true });
      writeFileSync(join(dir, folder, asJson ? `${file}.json` : file), MINI_TEXT);
    } catch {
      // A name the file system refuses, or a file where a folder is: not the catalog's case.
    }
  }
  await loadOrExplain(dir);
}
