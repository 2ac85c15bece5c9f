import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, test } from 'vitest';
import { readQuestionnaireFile } from '../../../src/catalog/read-questionnaire-file.js';
import {
  buildActionPlan,
  resultsGuidance,
  scoreResponse,
  validateAnswers,
  type Answers,
  type FirstAction,
  type Questionnaire,
} from '../../../src/domain/index.js';
import { renderResponseReport } from '../../../src/report/render-response-report.js';
import type { ResponseReport } from '../../../src/usecases/report-ports.js';
import { buildResponseReport } from '../../../src/usecases/responses/build-response-report.js';
import {
  buildQuestionnaire,
  recommendation,
  singleQuestion,
} from '../../support/build-questionnaire.js';
import { CLUB_ANSWERS } from '../../support/default-questionnaire.js';
import { keepPdf, qpdfCheck } from '../../support/pdf-tools.js';
import { readPdf, searchable, type PdfContent } from '../../support/read-pdf.js';
import { REPORT_DATE, renderReport } from '../../support/render-report.js';

/** A shipped questionnaire file, read and checked as the catalog reads it. */
async function shipped(path: string): Promise<Questionnaire> {
  const file = fileURLToPath(new URL(`../../../questionnaires/${path}`, import.meta.url));
  const read = await readQuestionnaireFile(file);
  if (!read.ok) throw new Error(`${path} is not sound: ${JSON.stringify(read)}`);
  return read.questionnaire;
}

/** The first actions the domain chooses for these answers, as the results page shows them. */
function domainFirstActions(q: Questionnaire, answers: Answers, locale: string): FirstAction[] {
  const profile = scoreResponse(q, answers);
  const plan = buildActionPlan(q, answers, profile, locale);
  return resultsGuidance(q, answers, profile, plan, locale).firstActions;
}

const areaTitle = (q: Questionnaire, id: string, locale: string) =>
  q.areas.find((area) => area.id === id)!.title[locale]!;

/** Effort grades as the report words them, by hand. */
const GRADES: Record<string, Record<string, string>> = {
  fr: { low: 'faible', medium: 'moyen', high: 'fort' },
  en: { low: 'low', medium: 'medium', high: 'high' },
};

interface Rendered {
  report: ResponseReport;
  pdf: PdfContent;
  /** Page 2's tagged text, white space made plain. */
  page2: string;
}

async function rendered(
  name: string,
  input: Parameters<typeof renderReport>[0],
): Promise<Rendered> {
  const { report, pdf: bytes } = await renderReport(input);
  expect((await qpdfCheck(keepPdf(name, bytes))).code).toBe(0);
  const pdf = await readPdf(bytes);
  return { report, pdf, page2: searchable(pdf.pages[1]!.body) };
}

/**
 * The page right after the cover: the (at most three) first actions the results chose, the same
 * as the results page, each with its area, effort, text and why; the full plan comes later.
 */
describe('"Par où commencer" in the PDF report', { timeout: 60_000 }, () => {
  let associationQuestionnaire: Questionnaire;
  /** The club's answers, less the three questions 1.2.0 no longer asks. */
  let clubAnswers: Answers;
  let french: Rendered;
  let english: Rendered;
  beforeAll(async () => {
    associationQuestionnaire = await shipped('asso-numerique/1.2.0.json');
    const gone = new Set(['comm-results', 'crowdfunding', 'co-editing']);
    clubAnswers = Object.fromEntries(Object.entries(CLUB_ANSWERS).filter(([id]) => !gone.has(id)));
    expect(validateAnswers(associationQuestionnaire, clubAnswers)).toEqual([]);
    const input = {
      questionnaire: associationQuestionnaire,
      answers: clubAnswers,
      associationName: 'Les Amis du Vélo',
    };
    french = await rendered('where-to-start-fr', input);
    english = await rendered('where-to-start-en', { ...input, locale: 'en' });
  });

  test('when the association’s report is opened, then page 2, right after the cover, is "Par où commencer", and the profile follows it', () => {
    expect(searchable(french.pdf.pages[0]!.body)).toContain('RAPPORT DE DIAGNOSTIC');
    expect(french.page2).toMatch(/^Par où commencer /);
    expect(searchable(french.pdf.pages[2]!.body)).toMatch(/^Votre profil/);
    expect(english.page2).toMatch(/^Where to start /);
  });

  test('when page 2 is read, then it lists exactly the first actions the domain chose, in its order, each with its area, effort, text and the answer that fired it', () => {
    const chosen = domainFirstActions(associationQuestionnaire, clubAnswers, 'fr');
    expect(chosen).toHaveLength(3);
    expect(french.report.firstActions.map((action) => action.id)).toEqual(
      chosen.map(({ item }) => item.id),
    );
    let after = 0;
    chosen.forEach(({ item, reason }, i) => {
      const heading = `${i + 1}. ${searchable(item.title)}`;
      expect(french.page2.indexOf(heading), heading).toBeGreaterThan(after);
      after = french.page2.indexOf(heading);
      const area = areaTitle(associationQuestionnaire, item.areaId, 'fr');
      expect(french.page2).toContain(
        `${heading} Domaine : ${area} · Effort : ${GRADES.fr![item.effort]} ${searchable(item.text)}`,
      );
      expect(reason.trigger).toBe('answer');
      if (reason.trigger !== 'answer') return;
      expect(french.page2).toContain(
        searchable(`Pourquoi : vous avez répondu « ${reason.answer} » à « ${reason.question} ».`),
      );
    });
    expect(french.page2.match(/Pourquoi :/g)).toHaveLength(3);
    // The rest of the plan waits for its own pages.
    const others = french.report.plan.filter(
      (item) => !chosen.some((action) => action.item.id === item.id),
    );
    expect(others.length).toBeGreaterThan(10);
    expect(others.filter((item) => french.page2.includes(searchable(item.title)))).toEqual([]);
  });

  test('when page 2 is read, then it says how many actions it proposes and that the full plan comes later in the report', () => {
    expect(french.page2).toContain(
      'Les 3 premières actions que nous proposons à votre association, choisies d’après ses réponses et ses moyens.',
    );
    expect(french.page2).toContain(
      'Le plan d’action complet, avec toutes les propositions classées par échéance, vient plus loin dans ce rapport, après le détail de chaque domaine.',
    );
    const planPage = french.pdf.pages.findIndex((page) => page.body.startsWith('Plan d’action'));
    expect(planPage).toBeGreaterThan(2);
  });

  test('when the English report is read, then its page 2 lists the same actions in English, with their reasons', () => {
    const chosen = domainFirstActions(associationQuestionnaire, clubAnswers, 'en');
    expect(chosen.map(({ item }) => item.id)).toEqual(
      french.report.firstActions.map((action) => action.id),
    );
    chosen.forEach(({ item, reason }, i) => {
      const area = areaTitle(associationQuestionnaire, item.areaId, 'en');
      expect(english.page2).toContain(
        `${i + 1}. ${searchable(item.title)} Area: ${area} · Effort: ${GRADES.en![item.effort]}`,
      );
      if (reason.trigger === 'answer') {
        expect(english.page2).toContain(
          searchable(`Why: you answered “${reason.answer}” to “${reason.question}”.`),
        );
      }
    });
    expect(english.page2).toContain(
      'The first 3 actions we suggest to your association, chosen from its answers and its means.',
    );
    expect(english.page2).toContain('The full action plan, with every proposal ranked by horizon');
    expect(english.page2).not.toMatch(/Pourquoi|Domaine|Par où/);
  });

  test('when a first action was chosen for its area’s low score, then its reason gives that score', async () => {
    // comms: site "no" 0 of 2, news "partly" 1 of 2 -> 25. Two actions in comms: one fired by
    // the answer to site, one by the area's score (at most 50).
    const questionnaire = buildQuestionnaire({
      questions: [singleQuestion('site'), singleQuestion('news')],
      recommendations: [
        recommendation('site'),
        recommendation('low-comms', { trigger: { areaScore: { max: 50 } }, effort: 'medium' }),
      ],
    });
    const answers = { site: 'no', news: 'partly' };
    const { report, page2 } = await rendered('where-to-start-area-score', {
      questionnaire,
      answers,
    });

    const chosen = domainFirstActions(questionnaire, answers, 'fr');
    expect(chosen.map(({ item, reason }) => [item.id, reason.trigger])).toEqual([
      ['site', 'answer'],
      ['low-comms', 'areaScore'],
    ]);
    expect(report.firstActions.map((action) => action.id)).toEqual(['site', 'low-comms']);
    expect(page2).toContain(
      'Les 2 premières actions que nous proposons à votre association, choisies d’après ses réponses et ses moyens.',
    );
    expect(page2).toContain(
      '1. fr: Do site Domaine : fr: Area comms · Effort : faible fr: How to do site Pourquoi : vous avez répondu « fr: no » à « fr: Question site ».',
    );
    expect(page2).toContain(
      '2. fr: Do low-comms Domaine : fr: Area comms · Effort : moyen fr: How to do low-comms Pourquoi : le domaine « fr: Area comms » est à 25 / 100.',
    );
  });

  test('when a single action is chosen, then the introduction speaks of it in the singular', async () => {
    const questionnaire = buildQuestionnaire({ recommendations: [recommendation('site')] });
    const { page2 } = await rendered('where-to-start-one', {
      questionnaire,
      answers: { site: 'no' },
      locale: 'en',
    });

    expect(page2).toContain(
      'The first action we suggest to your association, chosen from its answers and its means.',
    );
    expect(page2).toContain('1. Do site Area: Area comms · Effort: low How to do site');
    expect(page2).not.toContain('2. ');
  });

  test('when the facilitator reads a participant who did not share its answers, then there is no such page: its reasons quote answers', async () => {
    const hidden = buildResponseReport({
      questionnaire: associationQuestionnaire,
      answers: clubAnswers,
      profile: scoreResponse(associationQuestionnaire, clubAnswers),
      associationName: null,
      date: REPORT_DATE,
      locale: 'fr',
      answersShown: false,
    });
    const pdf = await readPdf(await renderResponseReport(hidden));

    expect(hidden.firstActions).toEqual([]);
    expect(searchable(pdf.pages[1]!.body)).toMatch(/^Votre profil/);
    expect(searchable(pdf.body)).not.toContain('Par où commencer');
    expect(searchable(pdf.body)).not.toContain('Pourquoi :');
  });
});

/** A volunteer who is just starting out, answering for themselves. */
const PERSON_ANSWERS: Answers = {
  role: 'volunteer',
  'computer-use': 'rarely',
  'mail-address': 'personal',
  'mail-skills': ['attachment'],
  'shared-docs': 'read',
  'doc-versions': 'no',
  passwords: 'same',
  'two-factor': 'no',
  'phishing-confidence': 2,
  'phishing-checks': ['none'],
  incident: ['nothing'],
  updates: 'sometimes',
  'social-role': 'follow',
  'image-rights': 'no',
  comments: 'no',
  'data-where': ['own-computer'],
  'data-sending': 'attachment',
  'data-minimum': 'everything',
  'data-cleanup': 'no',
};

describe(
  '"Par où commencer" in the report of a person answering for themselves',
  { timeout: 60_000 },
  () => {
    let questionnaire: Questionnaire;
    beforeAll(async () => {
      questionnaire = await shipped('competences-benevoles/1.1.0.json');
      expect(questionnaire.respondent).toBe('person');
      expect(validateAnswers(questionnaire, PERSON_ANSWERS)).toEqual([]);
    });

    /** Page 2 less the questionnaire's own words (which may speak of "l’association"). */
    function reportWords({ report, page2 }: Rendered): string {
      const quoted = report.firstActions.flatMap((action) => [
        action.title,
        action.text,
        action.areaTitle,
        ...(action.reason.trigger === 'answer'
          ? [action.reason.question, action.reason.answer]
          : [action.reason.area]),
      ]);
      return quoted.reduce((page, words) => page.split(searchable(words)).join('…'), page2);
    }

    test.each([
      [
        'fr',
        'Les 3 premières actions que nous vous proposons, choisies d’après vos réponses et vos moyens.',
        /association|ses réponses|ses moyens/i,
      ],
      [
        'en',
        'The first 3 actions we suggest to you, chosen from your answers and your means.',
        /association|its answers|its means/i,
      ],
    ])(
      'when the %s report is read, then its page 2 speaks to the person, never of an association',
      async (locale, intro, associationWording) => {
        const page = await rendered(`where-to-start-person-${locale}`, {
          questionnaire,
          answers: PERSON_ANSWERS,
          locale,
        });

        expect(page.report.respondent).toBe('person');
        expect(page.report.firstActions.map((action) => action.id)).toEqual(
          domainFirstActions(questionnaire, PERSON_ANSWERS, locale).map(({ item }) => item.id),
        );
        expect(page.page2).toContain(intro);
        expect(reportWords(page)).not.toMatch(associationWording);
      },
    );
  },
);
