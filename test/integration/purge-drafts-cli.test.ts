import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { runCli } from '../support/run-cli.js';
import { tempDatabase } from '../support/temp-database.js';
import { FIXTURE_QUESTIONNAIRES } from '../support/test-config.js';

describe('npx assoradar purge-drafts', { timeout: 30_000 }, () => {
  let database: ReturnType<typeof tempDatabase>;
  beforeEach(() => {
    database = tempDatabase();
  });
  afterEach(() => {
    database.remove();
  });
  const env = () => ({ DATABASE_URL: database.file, QUESTIONNAIRES_DIR: FIXTURE_QUESTIONNAIRES });

  test('when run with a number of days, then it says how many drafts it erased', async () => {
    const result = await runCli(['purge-drafts', '--days', '30'], env());
    expect(result).toMatchObject({ code: 0, stdout: '0 drafts untouched for 30 days erased.\n' });
  });

  test('when the number of days is not one, then it says so and exits 1', async () => {
    const result = await runCli(['purge-drafts', '--days', '0'], env());
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('--days: "0" is not a number of days');
  });
});
