import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { readPdf, searchable } from '../../support/read-pdf.js';
import { runCli } from '../../support/run-cli.js';
import { FIXTURE_QUESTIONNAIRES } from '../../support/test-config.js';

describe('assoradar paper', { timeout: 60_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'assoradar-paper-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const env = { QUESTIONNAIRES_DIR: FIXTURE_QUESTIONNAIRES, DATABASE_URL: 'sqlite::memory:' };

  test('when asked for a version in English, then it writes the blank questionnaire there', async () => {
    const file = join(dir, 'mini.pdf');
    const result = await runCli(
      ['paper', 'mini', '--version', '1.0.0', '--lang', 'en', '-o', file],
      env,
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('mini@1.0.0 (en)');
    const content = searchable((await readPdf(readFileSync(file))).content);
    expect(content).toContain('Do you have a website?');
    expect(content).toContain('The scoring grid');
  });

  test('when the version or language is unknown, then it says so and fails', async () => {
    const missing = await runCli(
      ['paper', 'mini', '--version', '9.9.9', '-o', join(dir, 'x.pdf')],
      env,
    );
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('There is no questionnaire mini@9.9.9.');
    const language = await runCli(['paper', 'mini', '--lang', 'de', '-o', join(dir, 'x.pdf')], env);
    expect(language.code).toBe(1);
    expect(language.stderr).toContain('not available in "de"');
  });
});
