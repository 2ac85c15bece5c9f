import { readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { checkCarryOverSources, compareVersions } from '../domain/index.js';
import type { CatalogEntry, QuestionnaireCatalog } from '../usecases/ports.js';
import { CatalogError, type FileProblem } from './catalog-error.js';
import { readQuestionnaireFile } from './read-questionnaire-file.js';

/**
 * Loads `<dir>/<id>/<version>.json`, every file validated; throws a CatalogError listing every
 * problem of every file, so the app never starts on a broken questionnaire.
 */
export async function loadCatalog(dir: string): Promise<QuestionnaireCatalog> {
  const files = await questionnaireFiles(dir);
  const entries: CatalogEntry[] = [];
  const problems: FileProblem[] = [];
  const warnings: FileProblem[] = [];
  for (const file of files) {
    const name = relative(process.cwd(), file) || file;
    const result = await readQuestionnaireFile(file);
    warnings.push(...result.warnings.map((p) => ({ ...p, file: name })));
    if (!result.ok) {
      problems.push(...result.problems.map((p) => ({ ...p, file: name })));
      continue;
    }
    const { questionnaire } = result;
    entries.push({ questionnaire, contentHash: result.contentHash, file: name });
  }
  if (problems.length > 0) throw new CatalogError(problems, warnings);
  const catalog = inMemoryCatalog(entries);
  for (const { questionnaire, file } of entries) {
    // Only now are all versions known: a declaration may name any earlier one.
    const earlier = (version: string) => catalog.find(questionnaire.id, version)?.questionnaire;
    problems.push(
      ...checkCarryOverSources(questionnaire, earlier).map((issue) => ({ ...issue, file })),
    );
  }
  if (problems.length > 0) throw new CatalogError(problems);
  return catalog;
}

async function questionnaireFiles(dir: string): Promise<string[]> {
  const found = await readdir(dir, { withFileTypes: true }).catch(
    (error: NodeJS.ErrnoException) => {
      throw new CatalogError([
        {
          file: dir,
          pointer: '',
          message: `cannot be read (${error.code ?? error.message}): set QUESTIONNAIRES_DIR to the questionnaire folder`,
        },
      ]);
    },
  );
  const folders = found.filter((d) => d.isDirectory());
  const files: string[] = [];
  for (const folder of folders.sort((a, b) => a.name.localeCompare(b.name))) {
    const inside = await readdir(join(dir, folder.name), { withFileTypes: true });
    for (const entry of inside) {
      if (entry.isFile() && entry.name.endsWith('.json'))
        files.push(join(dir, folder.name, entry.name));
    }
  }
  return files;
}

/** Answers "id@version" and "latest of id" from loaded entries. */
export function inMemoryCatalog(entries: CatalogEntry[]): QuestionnaireCatalog {
  const byKey = new Map(
    entries.map((e) => [`${e.questionnaire.id}@${e.questionnaire.version}`, e]),
  );
  const latest = new Map<string, CatalogEntry>();
  for (const entry of entries) {
    const current = latest.get(entry.questionnaire.id);
    if (
      !current ||
      compareVersions(entry.questionnaire.version, current.questionnaire.version) > 0
    ) {
      latest.set(entry.questionnaire.id, entry);
    }
  }
  return {
    find: (id, version) => (version === undefined ? latest.get(id) : byKey.get(`${id}@${version}`)),
    list: () => [...entries],
  };
}
