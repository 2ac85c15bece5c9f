import { beforeAll, describe, expect, test } from 'vitest';
import type { Questionnaire } from '../../../src/domain/index.js';
import { renderGroupReport } from '../../../src/report/render-group-report.js';
import { renderResponseReport } from '../../../src/report/render-response-report.js';
import type { GroupReport, ResponseReport } from '../../../src/usecases/report-ports.js';
import { CLUB_ANSWERS, defaultQuestionnaire } from '../../support/default-questionnaire.js';
import {
  keepPdf,
  pdfFonts,
  qdfText,
  qpdfCheck,
  renderPngs,
  type PdfFont,
} from '../../support/pdf-tools.js';
import { readPdf, searchable, type PdfContent } from '../../support/read-pdf.js';
import { renderReport } from '../../support/render-report.js';

/** Greek, Cyrillic, Arabic, Hebrew and two emoji, as an association may spell its name. */
const NAME = 'Ομάδα Друзья جمعية الخير שלום עולם 👍 🎉';
const WORDS = ['Ομάδα', 'Друзья', 'جمعية', 'الخير', 'שלום', 'עולם', '👍', '🎉'];

const fontFamilies = (fonts: PdfFont[]) =>
  [...new Set(fonts.map((font) => font.name.replace(/^[A-Z]{6}\+/, '')))].sort();

/**
 * Names are the association's own: the PDF prints them in any of the scripts a French
 * association's members write, with fallback fonts embedded from npm packages, and shows a
 * character no font has as a visible placeholder rather than an empty box.
 */
describe('names in other scripts in the PDF', { timeout: 60_000 }, () => {
  let questionnaire: Questionnaire;
  let report: ResponseReport;
  let pdf: PdfContent;
  let fonts: PdfFont[];
  let file: string;

  beforeAll(async () => {
    questionnaire = await defaultQuestionnaire();
    const base = (await renderReport({ questionnaire, answers: CLUB_ANSWERS })).report;
    report = {
      ...base,
      associationName: NAME,
      ownedPlan: {
        priorities: [base.areas[0]!.title],
        actions: [
          {
            // Long enough to wrap in its cell: each line is cut into runs anew.
            title:
              'Traduire la lettre d’information en العربية والعبرية pour les familles du quartier, avec שלום לכולם en titre',
            areaTitle: base.areas[0]!.title,
            owner: 'Σοφία & Алексей 😀',
            dueDate: '2027-03-01',
            cost: 'free',
            status: 'planned',
          },
        ],
      },
    };
    const bytes = await renderResponseReport(report);
    file = keepPdf('world-names', bytes);
    pdf = await readPdf(bytes);
    fonts = await pdfFonts(file);
    // For a human to look at (test-results/report/world-names-page-1.png).
    await renderPngs(file, 'world-names', { first: 1, last: 1, dpi: 100 });
  }, 60_000);

  test('when an association name holds Greek, Cyrillic, Arabic, Hebrew and emoji, then the cover and the running header print every word of it', () => {
    const cover = searchable(pdf.pages[0]!.body);
    for (const word of WORDS) expect(cover, word).toContain(word);
    // The running header of page 2 is its only text naming the association.
    const header = pdf.pages[1]!.text.split('\n').find((line) => line.includes('Ομάδα'))!;
    for (const word of WORDS) expect(header, word).toContain(word);
    expect(pdf.info).toMatchObject({ Title: `Diagnostic numérique — ${NAME}` });
    // Drawn run by run, the text is still tagged (or an artifact), as a screen reader needs.
    expect(pdf.pages.map((page) => page.untagged)).toEqual(pdf.pages.map(() => ''));
  });

  test('when right-to-left words are drawn, then the first one typed is the rightmost, as a reader of Arabic or Hebrew reads them', () => {
    const items = pdf.pages[0]!.items;
    const x = (word: string) => items.find((item) => item.str.includes(word))!.x;
    expect(x('جمعية')).toBeGreaterThan(x('الخير'));
    expect(x('שלום')).toBeGreaterThan(x('עולם'));
    // In a French line, the name's Latin-script words stay left to right around them.
    expect(x('Ομάδα')).toBeLessThan(x('الخير'));
  });

  test('when a line holds right-to-left words, then it carries its typed text as ActualText, for copying and screen readers', async () => {
    const utf16 = (text: string) =>
      'feff' +
      [...text]
        .flatMap((character) => {
          const code = character.codePointAt(0)!;
          if (code < 0x10000) return [code];
          return [0xd800 + ((code - 0x10000) >> 10), 0xdc00 + ((code - 0x10000) & 0x3ff)];
        })
        .map((unit) => unit.toString(16).padStart(4, '0'))
        .join('');
    const streams = await qdfText(file);

    expect(streams).toContain(`/ActualText <${utf16(`Pour ${NAME}`)}>`);
  });

  test('when the owned plan has an action title and an owner in other scripts, then its table prints them, wrapped', () => {
    const content = searchable(pdf.content);
    for (const word of ['العربية', 'والعبرية', 'שלום', 'לכולם', 'familles du quartier'])
      expect(content, word).toContain(word);
    expect(content).toContain('Σοφία & Алексей 😀');
  });

  test('when its fonts are listed, then the Arabic, Hebrew and emoji fallbacks are embedded as subsets with a Unicode map', async () => {
    expect(fontFamilies(fonts)).toEqual([
      'NotoEmoji-Regular',
      'NotoNaskhArabic',
      'NotoNaskhArabic-Bold',
      'NotoSansHebrew',
      'NotoSansHebrew-Bold',
      'SourceSans3-Regular',
      'SourceSans3-Semibold',
    ]);
    for (const font of fonts) {
      expect(font, font.name).toMatchObject({ embedded: true, subset: true, unicode: true });
    }
    expect((await qpdfCheck(file)).code).toBe(0);
  });

  test('when a name holds characters no embedded font has (a CJK ideograph, a private-use character), then each prints as a white square and nothing else is lost', async () => {
    const bytes = await renderResponseReport({
      ...report,
      associationName: 'Club 漢字 \u{10fffd} Ελλάδα',
      ownedPlan: null,
    });
    const cover = searchable((await readPdf(bytes)).pages[0]!.body);

    expect(cover).toContain('Pour Club □□ □ Ελλάδα');
    expect(cover).not.toContain('漢');
    const listed = await pdfFonts(keepPdf('world-names-placeholder', bytes));
    expect(fontFamilies(listed)).toEqual(['SourceSans3-Regular', 'SourceSans3-Semibold']);
  });

  test('when a workshop has a title and participants named in other scripts, then the group report prints them', async () => {
    const group: GroupReport = {
      locale: 'fr',
      createdAt: '2026-11-20T09:00:00.000Z',
      date: '2026-11-20',
      title: 'Atelier שיתוף · Маркетинг 📣',
      questionnaire: report.questionnaire,
      counts: { joined: 2, inProgress: 0, submitted: 2 },
      levels: report.levels,
      areas: report.areas.map((area) => ({
        id: area.id,
        title: area.title,
        mean: 50,
        min: 40,
        max: 60,
        stdDev: 10,
        count: 2,
        levelCounts: report.levels.map((_, i) => (i === 1 ? 2 : 0)),
      })),
      overall: { mean: 50, count: 2 },
      priorities: [],
      agenda: { basis: 2, minimum: 2, enough: true, latestOnly: false, questions: [] },
      participants: [
        {
          name: 'نادي الشباب',
          submitted: true,
          overallScore: 40,
          overallLevel: 'En progression',
          areaScores: report.areas.map(() => 40),
        },
        {
          name: 'Σύλλογος 🚲',
          submitted: true,
          overallScore: 60,
          overallLevel: 'Bien outillée',
          areaScores: report.areas.map(() => 60),
        },
      ],
    };
    const bytes = await renderGroupReport(group);
    keepPdf('world-names-group', bytes);
    const text = searchable((await readPdf(bytes)).content);

    for (const word of ['שיתוף', 'Маркетинг', '📣', 'نادي', 'الشباب', 'Σύλλογος 🚲'])
      expect(text, word).toContain(word);
  });
});
