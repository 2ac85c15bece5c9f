import { beforeAll, describe, expect, test } from 'vitest';
import type { ResponseReport } from '../../../src/usecases/report-ports.js';
import {
  buildQuestionnaire,
  recommendation,
  singleQuestion,
} from '../../support/build-questionnaire.js';
import { keepPdf, qpdfCheck } from '../../support/pdf-tools.js';
import { readPdf, searchable, type PdfContent } from '../../support/read-pdf.js';
import { renderReport } from '../../support/render-report.js';

/**
 * French advice of about `length` characters, in numbered sentences so that a lost line shows
 * as a missing number; accents, "’", « », € and a narrow no-break space as real texts have.
 */
function longAdvice(length: number): string {
  const sentences: string[] = [];
  for (let i = 1; sentences.join(' ').length < length; i += 1) {
    sentences.push(
      `Étape ${i}\u202f: réunissez le bureau, notez qui s’occupe de l’outil «\u202fadhésions\u202f» et ce qu’il coûte (${i} € par mois).`,
    );
  }
  return sentences.join(' ');
}

/** A title of exactly 200 characters. */
const LONG_TITLE =
  'Organisez la communication, les adhésions en ligne, le suivi des bénévoles et la protection des données de votre association avec un plan d’action partagé par tout le bureau et revu à chaque trimestre';

/** An association name of exactly 200 characters, the most a response keeps. */
const LONG_NAME =
  'Association intercommunale pour l’animation sportive, culturelle et solidaire des quartiers de Saint-Rémy-de-Provence, d’Eygalières, Maillane et des communes voisines, fondée en 1987 par des bénévoles';

/**
 * Texts much longer than the shipped questionnaire's: an author may write them, and the report
 * must print them whole rather than cut them, in a file that stays sound.
 */
describe('a report with long texts', { timeout: 30_000 }, () => {
  const advice = longAdvice(3_000);
  /** Taller than a whole page in the plan's table: the row must flow onto the next page. */
  const longerThanAPage = longAdvice(9_000);
  let report: ResponseReport;
  let file: string;
  let pdf: PdfContent;
  let body: string;
  beforeAll(async () => {
    const questionnaire = buildQuestionnaire({
      questions: [singleQuestion('site'), singleQuestion('news')],
      recommendations: [
        recommendation('plan', {
          title: { fr: LONG_TITLE, en: LONG_TITLE },
          text: { fr: advice, en: advice },
          resources: [
            { title: { fr: 'Le guide', en: 'The guide' }, url: 'https://example.org/guide' },
          ],
        }),
        recommendation('huge', {
          title: { fr: 'Suivez la procédure complète', en: 'Follow the whole procedure' },
          text: { fr: longerThanAPage, en: longerThanAPage },
          trigger: { answer: { question: 'news', anyOf: ['no'] } },
          resources: [
            { title: { fr: 'Annexe', en: 'Appendix' }, url: 'https://example.org/annexe' },
          ],
        }),
      ],
    });
    const rendered = await renderReport({
      questionnaire,
      answers: { site: 'no', news: 'no' },
      associationName: LONG_NAME,
    });
    expect(rendered.report.plan.map((item) => item.id)).toEqual(['plan', 'huge']);
    report = rendered.report;
    file = keepPdf('long-texts', rendered.pdf);
    pdf = await readPdf(rendered.pdf);
    body = searchable(pdf.body);
  });

  test('when qpdf checks the file, then it finds no error', async () => {
    expect(advice.length).toBeGreaterThanOrEqual(3_000);
    expect(LONG_TITLE).toHaveLength(200);
    expect((await qpdfCheck(file)).code).toBe(0);
  });

  test('when a recommendation has a 200-character title and a 3,000-character text, then both are printed whole', () => {
    expect(body).toContain(searchable(LONG_TITLE));
    expect(body).toContain(searchable(advice));
    expect(pdf.links).toContain('https://example.org/guide');
  });

  test('when a recommendation’s text is longer than a page, then it flows onto the next pages whole, with its resource after it', () => {
    // In drawing order: each page's structure tree holds only that page's part of the cell.
    const content = searchable(pdf.content);
    expect(content).toContain(searchable(longerThanAPage));
    const step = /Étape (\d+)\s*:/g;
    const stepsOf = (text: string) => [...text.matchAll(step)].map((match) => Number(match[1]));
    // Both are the first actions too: "Par où commencer" prints the two texts, and the plan
    // prints them again. Every step of each, in order, none twice, none lost at a page break.
    expect(report.firstActions.map((action) => action.id)).toEqual(['plan', 'huge']);
    const texts = [...stepsOf(advice), ...stepsOf(longerThanAPage)];
    expect(stepsOf(content)).toEqual([...texts, ...texts]);
    expect(content.indexOf('Annexe (example.org)')).toBeGreaterThan(
      content.indexOf(searchable(longerThanAPage)),
    );
    expect(pdf.links).toContain('https://example.org/annexe');
    expect(pdf.pages.map((page) => page.untagged)).toEqual(pdf.pages.map(() => ''));
  });

  test('when the association’s name has 200 characters, then the cover prints it whole, and so does the document title', () => {
    expect(LONG_NAME).toHaveLength(200);
    expect(searchable(pdf.pages[0]!.body)).toContain(`Pour ${searchable(LONG_NAME)}`);
    expect(pdf.info.Title).toBe(`Diagnostic numérique — ${LONG_NAME}`);
  });

  test('when the association’s name has 200 characters, then the running header of later pages is cut short with an ellipsis', () => {
    // The header is an artifact: in the page's text, not in the body a screen reader reads.
    for (const page of pdf.pages.slice(1)) {
      const headers = page.text.split('\n').filter((line) => line.startsWith('fr: Test radar · '));
      expect(headers).toHaveLength(1);
      expect(headers[0]).toMatch(/…$/);
      expect(LONG_NAME.startsWith(headers[0]!.slice('fr: Test radar · '.length, -1))).toBe(true);
    }
  });
});
