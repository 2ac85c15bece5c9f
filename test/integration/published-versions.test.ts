import { rmSync } from 'node:fs';
import SQLite from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { contentHash } from '../../src/catalog/content-hash.js';
import { openAppServices } from '../../src/open-app-services.js';
import { PublishedVersionChangedError } from '../../src/usecases/maintenance/verify-published-versions.js';
import {
  MINI_TEXT,
  miniDocument,
  type JsonDocument,
  tempQuestionnaireFolder,
} from '../support/questionnaire-folder.js';
import { tempDatabase } from '../support/temp-database.js';
import { testConfig } from '../support/test-config.js';

describe('published questionnaire versions never change', () => {
  let folder: ReturnType<typeof tempQuestionnaireFolder>;
  let database: ReturnType<typeof tempDatabase>;
  let config: ReturnType<typeof testConfig>;
  beforeEach(() => {
    folder = tempQuestionnaireFolder();
    database = tempDatabase();
    config = testConfig({ DATABASE_URL: database.file, QUESTIONNAIRES_DIR: folder.dir });
  });
  afterEach(() => {
    folder.remove();
    database.remove();
  });

  /** Opens the services, starts one response on id@version so that it is recorded, closes. */
  async function useVersion(questionnaireId: string, version: string) {
    const services = await openAppServices(config);
    try {
      await services.useCases.startResponse({ questionnaireId, version });
    } finally {
      await services.close();
    }
  }

  /** Reopens the services: answers the error they refuse with, or undefined when they open. */
  async function reopen(): Promise<unknown> {
    try {
      const services = await openAppServices(config);
      await services.close();
      return undefined;
    } catch (error) {
      return error;
    }
  }

  test('when a response starts, then its version is recorded with the hash of its content', async () => {
    folder.write('mini', '1.0.0.json', MINI_TEXT);

    await useVersion('mini', '1.0.0');

    const sqlite = new SQLite(database.file, { readonly: true });
    try {
      expect(
        sqlite
          .prepare('select questionnaire_id, version, content_hash from questionnaire_versions')
          .all(),
      ).toEqual([
        {
          questionnaire_id: 'mini',
          version: '1.0.0',
          content_hash: contentHash(JSON.parse(MINI_TEXT)),
        },
      ]);
    } finally {
      sqlite.close();
    }
  });

  test("when a used version's file changes a value, then the app refuses to open, naming the file and asking for a new version", async () => {
    folder.write('mini', '1.0.0.json', MINI_TEXT);
    await useVersion('mini', '1.0.0');
    const changed = miniDocument();
    changed.questions[0].options[1].points = 3;
    folder.write('mini', '1.0.0.json', changed);

    const error = await reopen();

    expect(error).toBeInstanceOf(PublishedVersionChangedError);
    const { message, problems } = error as PublishedVersionChangedError;
    expect(problems).toHaveLength(1);
    expect(message).toMatch(/mini[\\/]1\.0\.0\.json changed after mini@1\.0\.0 was first used/);
    expect(message).toMatch(/bump "version"/);
  });

  test("when a used version's file is only re-indented or points at another $schema, then it is not a change and the app opens", async () => {
    folder.write('mini', '1.0.0.json', MINI_TEXT);
    await useVersion('mini', '1.0.0');
    folder.write('mini', '1.0.0.json', JSON.stringify(JSON.parse(MINI_TEXT), null, 4));

    expect(await reopen()).toBeUndefined();

    folder.write('mini', '1.0.0.json', JSON.stringify(JSON.parse(MINI_TEXT)));
    expect(await reopen()).toBeUndefined();

    folder.write('mini', '1.0.0.json', {
      ...miniDocument(),
      $schema: 'https://example.org/q.json',
    });
    expect(await reopen()).toBeUndefined();
  });

  test("when a used version's file is deleted, then the app refuses to open and says no file defines it", async () => {
    const file = folder.write('mini', '1.0.0.json', MINI_TEXT);
    await useVersion('mini', '1.0.0');
    rmSync(file);

    const error = await reopen();

    expect(error).toBeInstanceOf(PublishedVersionChangedError);
    expect((error as Error).message).toContain(
      'mini@1.0.0 is used by stored responses but no file defines it any more',
    );
  });

  test('when a version nobody used changes, then the app opens', async () => {
    folder.write('mini', '1.0.0.json', MINI_TEXT);
    folder.write('mini', '1.1.0.json', { ...miniDocument(), version: '1.1.0' });
    await useVersion('mini', '1.0.0');
    const changed: JsonDocument = { ...miniDocument(), version: '1.1.0' };
    changed.questions[0].options[1].points = 5;
    folder.write('mini', '1.1.0.json', changed);

    expect(await reopen()).toBeUndefined();
  });

  test('when two used versions changed, then both are named at once', async () => {
    folder.write('mini', '1.0.0.json', MINI_TEXT);
    folder.write('mini', '1.1.0.json', { ...miniDocument(), version: '1.1.0' });
    await useVersion('mini', '1.0.0');
    await useVersion('mini', '1.1.0');
    for (const version of ['1.0.0', '1.1.0']) {
      folder.write('mini', `${version}.json`, {
        ...miniDocument(),
        version,
        title: { fr: 'Autre', en: 'Other' },
      });
    }

    const error = await reopen();

    expect(error).toBeInstanceOf(PublishedVersionChangedError);
    expect((error as PublishedVersionChangedError).problems).toHaveLength(2);
    expect((error as Error).message).toContain('mini@1.0.0');
    expect((error as Error).message).toContain('mini@1.1.0');
  });

  test('when a changed file is restored after a refusal, then the app opens again', async () => {
    folder.write('mini', '1.0.0.json', MINI_TEXT);
    await useVersion('mini', '1.0.0');
    const changed = miniDocument();
    changed.areas[0].weight = 3;
    folder.write('mini', '1.0.0.json', changed);
    expect(await reopen()).toBeInstanceOf(PublishedVersionChangedError);

    folder.write('mini', '1.0.0.json', MINI_TEXT);

    expect(await reopen()).toBeUndefined();
  });
});
