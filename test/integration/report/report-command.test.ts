import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { qpdfCheck } from '../../support/pdf-tools.js';
import { readPdf, searchable } from '../../support/read-pdf.js';
import { runCli } from '../../support/run-cli.js';
import { FIXTURE_QUESTIONNAIRES } from '../../support/test-config.js';

const ENV = { QUESTIONNAIRES_DIR: FIXTURE_QUESTIONNAIRES };

/**
 * The mini fixture's answers (as in the score command's test): comm: site yes 1 (w1), updates
 * monthly 1/2 (w1), channels [social] 1/2 (w2) -> (1 + 0.5 + 1) / 4 = 62.5; data: gdpr 1 of
 * 0-4 -> 25. Overall (2 x 62.5 + 25) / 3 = 50, "Avancé". gdpr 1 <= 1 fires the register alone.
 */
const ANSWERS = {
  employees: 'none',
  site: 'yes',
  'site-updates': 'monthly',
  channels: ['social'],
  gdpr: 1,
};

describe('the report command', { timeout: 60_000 }, () => {
  let dir: string;
  let answersFile: string;
  const out = (name: string) => join(dir, name);
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'assoradar-report-'));
    answersFile = join(dir, 'answers.json');
    writeFileSync(
      answersFile,
      JSON.stringify({ answers: ANSWERS, associationName: 'Les Amis du Vélo' }),
    );
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** One run on an answer that is not an option ("maybe" for site), shared by two tests. */
  let wrongAnswer: ReturnType<typeof runCli> | undefined;
  const wrongAnswerRun = () => {
    if (!wrongAnswer) {
      const wrong = out('wrong.json');
      writeFileSync(wrong, JSON.stringify({ answers: { ...ANSWERS, site: 'maybe' } }));
      wrongAnswer = runCli(['report', 'mini@1.0.0', wrong, out('wrong.pdf')], ENV);
    }
    return wrongAnswer;
  };

  test('when it is given an answers file, then it writes the French PDF report, says where, and exits 0', async () => {
    const pdfFile = out('report.pdf');

    const result = await runCli(
      ['report', 'mini@1.0.0', answersFile, pdfFile, '--date', '2026-11-26'],
      ENV,
    );

    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(new RegExp(`^${pdfFile}: \\d+ KB, 1 recommendation\\.\\n$`));
    const bytes = new Uint8Array(readFileSync(pdfFile));
    expect(Buffer.from(bytes.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
    expect((await qpdfCheck(pdfFile)).code).toBe(0);
    const pdf = await readPdf(bytes);
    const body = searchable(pdf.body);
    expect(body).toContain('Pour Les Amis du Vélo');
    expect(body).toContain('Diagnostic envoyé le 26 novembre 2026');
    expect(body).toContain('Indice global 50 / 100 Niveau : Avancé');
    expect(body).toContain('Communication 62,5 / 100 Avancé');
    expect(body).toContain('Données 25 / 100 En progression');
    expect(body).toContain('Tenir un registre des traitements');
    expect(pdf.links).toContain('https://www.cnil.fr/');
    expect(pdf.language).toBe('fr');
  });

  test('when it is given a bare map of answers, --locale en and --name, then the report is in English for that name', async () => {
    const bare = out('bare.json');
    writeFileSync(bare, JSON.stringify(ANSWERS));
    const pdfFile = out('english.pdf');

    const result = await runCli(
      [
        'report',
        'mini@1.0.0',
        bare,
        pdfFile,
        '--locale',
        'en',
        '--name',
        'Cycling Friends',
        '--date',
        '2026-11-26',
      ],
      ENV,
    );

    expect(result.code).toBe(0);
    const pdf = await readPdf(new Uint8Array(readFileSync(pdfFile)));
    const body = searchable(pdf.body);
    expect(body).toContain('For Cycling Friends');
    expect(body).toContain('Communication 62.5 / 100 Advanced');
    expect(body).toContain('Keep a record of processing');
    expect(pdf.language).toBe('en');
  });

  test('when the questionnaire is unknown, then it names it, writes nothing and exits 1', async () => {
    const pdfFile = out('unknown.pdf');

    const result = await runCli(['report', 'mini@9.9.9', answersFile, pdfFile], ENV);

    expect(result).toMatchObject({ code: 1, stdout: '' });
    expect(result.stderr).toContain('There is no questionnaire mini@9.9.9.');
    expect(existsSync(pdfFile)).toBe(false);
  });

  test('when the answers file is not JSON or answers a question that does not exist, then it names the file and the problem, and exits 1', async () => {
    const broken = out('broken.json');
    writeFileSync(broken, '{ "answers": { "site": "yes", ');

    const notJson = await runCli(['report', 'mini@1.0.0', broken, out('broken.pdf')], ENV);
    const badAnswer = await wrongAnswerRun();

    expect(notJson.code).toBe(1);
    expect(notJson.stderr).toContain(`${broken}: `);
    expect(notJson.stderr).toMatch(/JSON/);
    expect(badAnswer.code).toBe(1);
    expect(badAnswer.stderr).toContain(`${out('wrong.json')} at /answers/`);
    expect(badAnswer.stderr).toContain('"maybe" is not an option of question "site"');
    expect(existsSync(out('broken.pdf')) || existsSync(out('wrong.pdf'))).toBe(false);
  });

  test('when an answer is not an option, then the message points at /answers/<question> once', async () => {
    const { stderr } = await wrongAnswerRun();

    expect(stderr).toContain(
      `${out('wrong.json')} at /answers/site: "maybe" is not an option of question "site"`,
    );
  });

  test('when --date is not a date, then it says so and exits 1', async () => {
    const result = await runCli(
      ['report', 'mini@1.0.0', answersFile, out('date.pdf'), '--date', 'demain'],
      ENV,
    );

    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      '--date: "demain" is not a date (use an ISO date such as 2026-11-26).',
    );
    expect(existsSync(out('date.pdf'))).toBe(false);
  });

  test('when --date is not a real ISO date, then it says so and exits 1', async () => {
    for (const date of ['2026-02-30', '11/26/2026', '1']) {
      const result = await runCli(
        ['report', 'mini@1.0.0', answersFile, out('date.pdf'), '--date', date],
        ENV,
      );

      expect(result.code).toBe(1);
      expect(result.stderr).toContain(`--date: "${date}" is not a date`);
    }
    expect(existsSync(out('date.pdf'))).toBe(false);
  });

  test('when --locale is one the questionnaire does not have, then it lists those it has and exits 1', async () => {
    const result = await runCli(
      ['report', 'mini@1.0.0', answersFile, out('de.pdf'), '--locale', 'de'],
      ENV,
    );

    expect(result.code).toBe(1);
    expect(result.stderr).toContain('mini@1.0.0 is not available in "de" (available: fr, en).');
    expect(existsSync(out('de.pdf'))).toBe(false);
  });
});
