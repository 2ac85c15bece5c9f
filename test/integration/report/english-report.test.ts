import { beforeAll, describe, expect, test } from 'vitest';
import type { Questionnaire } from '../../../src/domain/index.js';
import type { ResponseReport } from '../../../src/usecases/report-ports.js';
import { CLUB_ANSWERS, defaultQuestionnaire } from '../../support/default-questionnaire.js';
import { keepPdf, qpdfCheck } from '../../support/pdf-tools.js';
import { readPdf, searchable, type PdfContent } from '../../support/read-pdf.js';
import { renderReport } from '../../support/render-report.js';

/** The French report's own headings and labels: none may show in an English report. */
const FRENCH_REPORT_WORDS = [
  'Rapport de diagnostic',
  'Indice global',
  'Votre profil',
  'Scores par domaine',
  'Les niveaux',
  'Ce que montrent vos réponses',
  'Recommandations',
  'Plan d’action',
  'Actions rapides',
  'Dans les trois mois',
  'Où trouver de l’aide',
  'Page 1 sur',
];

describe('the English report of the default questionnaire', { timeout: 30_000 }, () => {
  let questionnaire: Questionnaire;
  let report: ResponseReport;
  let file: string;
  let pdf: PdfContent;
  let text: string;
  beforeAll(async () => {
    questionnaire = await defaultQuestionnaire();
    // No association name: the report names the questionnaire instead.
    const rendered = await renderReport({ questionnaire, answers: CLUB_ANSWERS, locale: 'en' });
    report = rendered.report;
    file = keepPdf('english-club', rendered.pdf);
    pdf = await readPdf(rendered.pdf);
    text = searchable(pdf.text);
  });

  test('when qpdf checks the file, then it finds no error', async () => {
    expect((await qpdfCheck(file)).code).toBe(0);
  });

  test('when it is read, then its headings are English: the profile, the plan and where to get help', () => {
    expect(text).toContain('DIAGNOSIS REPORT');
    expect(text).toContain('Overall index 44.3 / 100 Level: Making progress');
    expect(text).toContain('Your profile');
    expect(text).toContain('Scores by area');
    expect(text).toContain('What your answers show');
    expect(text).toContain('Action plan');
    expect(text).toContain('Quick wins');
    expect(text).toContain('Where to get help');
    expect(text).toMatch(new RegExp(`Page 1 of ${pdf.pageCount}`));
  });

  test('when it is read, then none of the French report’s headings is left', () => {
    expect(FRENCH_REPORT_WORDS.filter((french) => text.includes(french))).toEqual([]);
  });

  test('when it is read, then the areas carry their English titles, and numbers and the date are written the English way', () => {
    for (const area of questionnaire.areas) expect(text).toContain(searchable(area.title.en!));
    // 6 of 18 points in strategy, 4 of 15 in data (see CLUB_ANSWERS): a decimal point, not a comma.
    expect(text).toContain('Score: 33.3 / 100');
    expect(text).toContain('Score: 26.7 / 100');
    expect(text).not.toMatch(/\d,\d \/ 100/);
    expect(text).toContain('Diagnosis submitted on November 26, 2026');
  });

  test('when the plan is read, then every recommendation is there in English', () => {
    expect(report.plan.length).toBeGreaterThan(20);
    const missing = report.plan
      .map((item) => searchable(item.title))
      .filter((t) => !text.includes(t));
    expect(missing).toEqual([]);
    expect(report.plan.map((item) => item.title)).toContain('Set three digital goals for the year');
  });

  test('when the metadata is read, then the title names the questionnaire (no association was named) and the language is English', () => {
    expect(pdf.info).toMatchObject({
      Title: `Digital diagnosis — ${questionnaire.title.en}`,
      Subject: 'Digital maturity profile and action plan',
    });
    expect(pdf.language).toBe('en');
    // The cover's "For <association>" line is left out rather than printed empty.
    expect(pdf.pages[0]!.text.split('\n').filter((line) => line.startsWith('For'))).toEqual([]);
  });
});
