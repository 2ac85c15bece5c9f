import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { runCli, runCliProcess } from '../support/run-cli.js';
import { miniDocument, tempQuestionnaireFolder } from '../support/questionnaire-folder.js';
import { tempDatabase } from '../support/temp-database.js';

describe('the assoradar command line', { timeout: 30_000 }, () => {
  let folder: ReturnType<typeof tempQuestionnaireFolder>;
  beforeEach(() => {
    folder = tempQuestionnaireFolder();
  });
  afterEach(() => {
    folder.remove();
  });

  test('when validate is given sound and broken files, then it says ok for the sound one, names each problem of the others and exits 1', async () => {
    const sound = folder.write('mini', '1.0.0.json', miniDocument());
    const badSchema = miniDocument();
    badSchema.version = '1.0.1';
    badSchema.levels[0].id = 'Beginner';
    const schemaBroken = folder.write('mini', '1.0.1.json', badSchema);
    const badRule = miniDocument();
    badRule.version = '1.0.2';
    badRule.questions[3].max = 0; // gdpr: 0..0 is a valid schema but not a scale
    const ruleBroken = folder.write('mini', '1.0.2.json', badRule);

    const result = await runCli(['validate', sound, schemaBroken, ruleBroken]);

    expect(result.code).toBe(1);
    expect(result.stdout.trim()).toBe(`ok ${sound} (mini@1.0.0)`);
    expect(result.stderr).toContain(
      `${schemaBroken} at /levels/0/id: "Beginner" is not a valid id (1 to 64 lower-case letters`,
    );
    expect(result.stderr).toContain(
      `${ruleBroken} at /questions/3/max: "max" must be greater than "min"`,
    );
    expect(result.stderr).toContain('2 problems found.');
  });

  // The real entry (src/cli.ts through tsx, a process of its own), for its exit code and output
  // streams; the other tests run the same commands in process.
  test('when validate is given only a sound file, then it says ok and exits 0', async () => {
    const sound = folder.write('mini', '1.0.0.json', miniDocument());

    const result = await runCliProcess(['validate', sound]);

    expect(result).toEqual({ code: 0, stdout: `ok ${sound} (mini@1.0.0)\n`, stderr: '' });
  });

  test('when score is given an answers file, then it prints the profile and action plan as JSON', async () => {
    // comm: site yes 1 (w1), site-updates monthly 1/2 (w1), channels [social] 1/2 (w2) -> 62.5;
    // data: gdpr 1/4 -> 25. overall (2 * 62.5 + 25) / 3 = 50, advanced.
    const answersFile = join(folder.dir, 'answers.json');
    writeFileSync(
      answersFile,
      JSON.stringify({
        answers: {
          employees: 'none',
          site: 'yes',
          'site-updates': 'monthly',
          channels: ['social'],
          gdpr: 1,
        },
      }),
    );

    const result = await runCli(['score', 'mini@1.0.0', answersFile, '--locale', 'en'], {
      QUESTIONNAIRES_DIR: 'test/fixtures/questionnaires',
    });

    expect(result.code).toBe(0);
    const printed = JSON.parse(result.stdout) as {
      questionnaireId: string;
      version: string;
      profile: {
        overall: { score: number; level: string };
        areas: Array<{ id: string; score: number }>;
      };
      actionPlan: { items: Array<{ id: string; title: string }> };
    };
    expect(printed).toMatchObject({ questionnaireId: 'mini', version: '1.0.0' });
    expect(printed.profile.areas.map((area) => [area.id, area.score])).toEqual([
      ['comm', 62.5],
      ['data', 25],
    ]);
    expect(printed.profile.overall).toMatchObject({ score: 50, level: 'advanced' });
    // gdpr 1 <= 1 fires the register; comm 62.5 is above the newsletter band; employees none.
    expect(printed.actionPlan.items.map((item) => [item.id, item.title])).toEqual([
      ['gdpr-register', 'Keep a record of processing'],
    ]);
  });

  test('when migrate runs on a new database file, then it creates the schema and exits 0', async () => {
    const database = tempDatabase();
    try {
      const result = await runCli(['migrate'], { DATABASE_URL: database.file });

      expect(result.code).toBe(0);
      expect(result.stdout).toContain('success: 2026-11-26-001-initial');
      expect(result.stdout).toContain('Database is up to date.');
      const sqlite = new SQLite(database.file, { readonly: true });
      try {
        const tables = sqlite.prepare("select name from sqlite_master where type = 'table'").all();
        expect(tables).toEqual(expect.arrayContaining([{ name: 'responses' }]));
      } finally {
        sqlite.close();
      }
    } finally {
      database.remove();
    }
  });

  test('when the process is asked for --help, then it prints the usage on standard output and exits 0', async () => {
    const result = await runCliProcess(['--help']);

    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Usage: assoradar <command>\n/);
    expect(result.stdout).toContain('facilitator add <email>');
    expect(result.stderr).toBe('');
  });
});
