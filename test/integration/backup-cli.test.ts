import { existsSync } from 'node:fs';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { respondentApi } from '../support/respondent-api.js';
import { runCli } from '../support/run-cli.js';
import { tempDatabase } from '../support/temp-database.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { FIXTURE_QUESTIONNAIRES } from '../support/test-config.js';

describe('npx assoradar backup', { timeout: 30_000 }, () => {
  let database: ReturnType<typeof tempDatabase>;
  let testApp: TestApp;
  beforeEach(async () => {
    database = tempDatabase();
    testApp = await startTestApp({ DATABASE_URL: database.file });
  });
  afterEach(async () => {
    await testApp.app.close();
    database.remove();
  });
  const env = () => ({ DATABASE_URL: database.file, QUESTIONNAIRES_DIR: FIXTURE_QUESTIONNAIRES });

  test('when the app is running, then the backup is a database holding what was acknowledged', async () => {
    const api = respondentApi(testApp.app);
    const draft = await api.started({ questionnaireId: 'mini', associationName: 'Les Amis' });
    await api.saved(draft.id, draft.token, { site: 'yes' });
    const target = join(database.dir, 'backup.sqlite');

    const result = await runCli(['backup', target], env());

    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Backed up \d+ pages to /);
    const copy = new SQLite(target, { readonly: true });
    try {
      expect(
        copy.prepare('select association_name, answers from responses where id = ?').get(draft.id),
      ).toEqual({
        association_name: 'Les Amis',
        answers: JSON.stringify({ site: 'yes' }),
      });
      expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    } finally {
      copy.close();
    }
    // The app goes on serving after the copy.
    expect((await api.get(draft.id, draft.token)).statusCode).toBe(200);
  });

  test('when the target exists already, then nothing is overwritten and it exits 1', async () => {
    const target = join(database.dir, 'test.sqlite');
    const result = await runCli(['backup', target], env());
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('exists already');
    expect(existsSync(target)).toBe(true);
  });
});
