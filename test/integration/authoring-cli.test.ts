import { existsSync, readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { miniDocument, tempQuestionnaireFolder } from '../support/questionnaire-folder.js';
import { runCli } from '../support/run-cli.js';

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

  test('when a file has errors of the schema and of the rules, then validate prints every one at once in plain words and exits 1', async () => {
    const doc = miniDocument();
    doc.areas[0].weight = 'heavy';
    doc.recommendations[0].effort = 'tiny';
    const file = folder.write('mini', '1.0.0.json', doc);

    const result = await runCli(['validate', file]);

    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      `error ${file} at /areas/0/weight: expected a number (without quotes)`,
    );
    expect(result.stderr).toContain(
      `error ${file} at /recommendations/0/effort: use one of "low", "medium", "high"`,
    );
    expect(result.stderr).toContain('2 problems found.');
  });

  test('when new is run, then it writes a questionnaire that validate passes with no warning, and it refuses to overwrite it', async () => {
    const created = await runCli(['new', 'my-diag', '--dir', folder.dir]);
    const file = folder.path('my-diag', '1.0.0.json');
    const validated = await runCli(['validate', '--strict', file]);
    const again = await runCli(['new', 'my-diag', '--dir', folder.dir]);

    expect(created.code).toBe(0);
    expect(existsSync(file)).toBe(true);
    const written = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    expect(written.$schema).toMatch(/questionnaire\.schema\.json$/);
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
});
