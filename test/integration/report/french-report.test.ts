import { beforeAll, describe, expect, test } from 'vitest';
import type { Questionnaire } from '../../../src/domain/index.js';
import { coverageOf } from '../../../src/report/pdf/fonts.js';
import type { ResponseReport } from '../../../src/usecases/report-ports.js';
import { CLUB_ANSWERS, defaultQuestionnaire } from '../../support/default-questionnaire.js';
import { keepPdf, pdfFonts, qpdfCheck } from '../../support/pdf-tools.js';
import { readPdf, searchable, type PdfContent } from '../../support/read-pdf.js';
import { renderReport } from '../../support/render-report.js';

/** With "’", "€" and accents, as many real names have: each must come back as typed. */
const NAME = 'Les Amis du Vélo d’Été (adhésion à 10 €)';

/** The scores worked out by hand in CLUB_ANSWERS's comment, written the French way. */
const AREA_SCORES: Record<string, string> = {
  strategie: '33,3',
  communication: '35,7',
  financement: '38,3',
  benevolat: '43,3',
  collaboration: '66,7',
  gestion: '73,3',
  donnees: '26,7',
  securite: '45,2',
  competences: '36,1',
};

describe('the French report of the default questionnaire', { timeout: 30_000 }, () => {
  let questionnaire: Questionnaire;
  let report: ResponseReport;
  let file: string;
  let pdf: PdfContent;
  /** What a reader searching the document finds: the tagged text, white space made plain. */
  let body: string;
  beforeAll(async () => {
    questionnaire = await defaultQuestionnaire();
    const rendered = await renderReport({
      questionnaire,
      answers: CLUB_ANSWERS,
      associationName: NAME,
    });
    report = rendered.report;
    file = keepPdf('french-club', rendered.pdf);
    pdf = await readPdf(rendered.pdf);
    body = searchable(pdf.body);
  });

  test('when qpdf checks the file, then it finds no error', async () => {
    const { code, output } = await qpdfCheck(file);
    expect(output).toContain('No syntax or stream encoding errors found');
    expect(code).toBe(0);
  });

  test('when it is opened, then it has a cover, where to start, a profile page, the areas, the plan and the help page: more than five pages', () => {
    expect(pdf.pageCount).toBeGreaterThan(5);
    expect(searchable(pdf.pages[0]!.body)).toContain('RAPPORT DE DIAGNOSTIC');
    expect(searchable(pdf.pages[1]!.body)).toMatch(/^Par où commencer/);
    expect(searchable(pdf.pages[2]!.body)).toMatch(/^Votre profil/);
    expect(searchable(pdf.pages.at(-1)!.body)).toMatch(/^Où trouver de l’aide/);
  });

  test('when the cover is read, then it names the association as typed, the date in French and the overall index with its level', () => {
    const cover = searchable(pdf.pages[0]!.body);
    expect(cover).toContain(`Pour ${NAME}`);
    expect(cover).toContain('Diagnostic envoyé le 26 novembre 2026');
    expect(cover).toContain(
      'Questionnaire : Diagnostic numérique de votre association, version 1.0.0',
    );
    // The mean of the nine exact area scores, 398.73 / 9 = 44.3 (see CLUB_ANSWERS).
    expect(cover).toContain('Indice global 44,3 / 100 Niveau : En progression');
    expect(cover).toContain('Réponses données : 100 % des questions qui comptent.');
  });

  test('when the areas are read, then each is named exactly as in the questionnaire, with its score as worked out by hand', () => {
    const titles = new Map(questionnaire.areas.map((area) => [area.id, area.title.fr!]));
    expect(titles.get('donnees')).toBe('Données personnelles et RGPD');
    expect([...titles.keys()]).toEqual(Object.keys(AREA_SCORES));
    const profilePage = searchable(pdf.pages[2]!.body);
    for (const [id, score] of Object.entries(AREA_SCORES)) {
      const title = titles.get(id)!;
      // In the table of the profile page, and at the head of the area's own section.
      expect(profilePage).toContain(`${title} ${score} / 100`);
      expect(body).toContain(`${title} `);
      expect(body).toContain(`Score : ${score} / 100 · Niveau :`);
    }
    expect(profilePage).toContain('Données personnelles et RGPD 26,7 / 100 En progression');
    expect(profilePage).toContain('Gestion administrative 73,3 / 100 Bien outillée');
  });

  test('when a screen reader reaches the radar, then its alternative text gives every area’s score', () => {
    const alts = pdf.pages[2]!.alts.map(searchable);
    expect(alts).toHaveLength(1);
    expect(alts[0]).toMatch(/^Radar des scores par domaine\. /);
    for (const area of report.areas) {
      expect(alts[0]).toContain(`${area.title} : ${AREA_SCORES[area.id]} sur 100`);
    }
  });

  test('when the plan is read, then every recommendation of the plan is there with its title and whole text, and every resource is a link', () => {
    expect(report.plan.length).toBeGreaterThan(20);
    // The plan's own pages: the area sections name the titles too.
    const first = pdf.pages.findIndex((page) => page.body.startsWith('Plan d’action'));
    expect(first).toBeGreaterThan(1);
    const plan = searchable(
      pdf.pages
        .slice(first, -1)
        .map((page) => page.body)
        .join('\n'),
    );
    const missing = report.plan.flatMap((item) =>
      [item.title, item.text].filter((text) => !plan.includes(searchable(text))),
    );
    expect(missing).toEqual([]);
    const resourceUrls = new Set(report.plan.flatMap((item) => item.resources.map((r) => r.url)));
    expect(resourceUrls.size).toBeGreaterThan(10);
    // Compared as URLs: a viewer writes "https://openasso.org" as "https://openasso.org/".
    const links = new Set(pdf.links.map((url) => new URL(url).href));
    expect([...resourceUrls].filter((url) => !links.has(new URL(url).href))).toEqual([]);
  });

  test('when the help page is read, then the places to find help are links a reader can follow', () => {
    const hosts = pdf.pages.at(-1)!.links.map((url) => new URL(url).hostname.replace(/^www\./, ''));
    for (const host of [
      'openasso.org',
      'solidatech.fr',
      'webassoc.org',
      'cnil.fr',
      'francebenevolat.org',
      'associations.gouv.fr',
    ]) {
      expect(hosts).toContain(host);
    }
  });

  test('when the text is extracted, then French typography survives: apostrophes, guillemets, the euro sign and accents', () => {
    expect(pdf.text).toContain('’');
    expect(pdf.text).toMatch(/« ?Je ne sais pas ?»/);
    expect(pdf.text).toContain('10 €');
    expect(body).toContain('Où trouver de l’aide');
    expect(body).toContain('Données personnelles et RGPD');
  });

  test('when the report’s texts are set, then every character has a glyph in each embedded weight (no empty boxes on paper)', () => {
    // pdf.js cannot see a missing glyph (the text layer keeps the character): ask the fonts.
    const characters = new Set([...JSON.stringify(report), ...pdf.text]);
    // Both weights of Source Sans 3 have the same characters.
    const primary = coverageOf('primary');
    const missing = [...characters].filter(
      (character) => character >= ' ' && !primary.has(character.codePointAt(0)!),
    );
    expect(missing).toEqual([]);
  });

  test('when the metadata is read, then the title names the association, the subject the report, and the language is French', () => {
    expect(pdf.info).toMatchObject({
      Title: `Diagnostic numérique — ${NAME}`,
      Subject: 'Profil de maturité numérique et plan d’action',
      Author: 'AssoRadar',
    });
    expect(pdf.language).toBe('fr');
  });

  test('when its tagging is checked, then it says it is tagged, every page has a structure tree, and every text is either tagged or an artifact', () => {
    expect(pdf.marked).toBe(true);
    expect(pdf.pages.map((page) => page.tagged)).toEqual(pdf.pages.map(() => true));
    expect(pdf.pages.map((page) => page.untagged)).toEqual(pdf.pages.map(() => ''));
  });

  test('when its fonts are listed, then every font is embedded (as a subset) with a Unicode map', async () => {
    const fonts = await pdfFonts(file);
    expect(fonts.length).toBeGreaterThanOrEqual(2);
    for (const font of fonts) {
      expect(font, font.name).toMatchObject({ embedded: true, subset: true, unicode: true });
      expect(font.name).toMatch(/^[A-Z]{6}\+SourceSans3-/);
    }
  });
});
