import { beforeAll, describe, expect, test } from 'vitest';
import type { ResponseReport } from '../../../src/usecases/report-ports.js';
import {
  area,
  buildQuestionnaire,
  notApplicable,
  option,
  recommendation,
  singleQuestion,
} from '../../support/build-questionnaire.js';
import { defaultQuestionnaire } from '../../support/default-questionnaire.js';
import { keepPdf, qpdfCheck } from '../../support/pdf-tools.js';
import { readPdf, searchable, type PdfContent } from '../../support/read-pdf.js';
import { renderReport } from '../../support/render-report.js';

/** The profile page (the radar and the table of scores), found by its heading. */
function profilePage({ pdf }: Rendered): PdfContent['pages'][number] {
  const page = pdf.pages.find((candidate) => candidate.body.startsWith('Votre profil'));
  if (!page) throw new Error('no profile page');
  return page;
}

/** A score as the report prints it, "0 / 100" or "62,5 / 100", but not the "0 / 100" of "100 / 100". */
const ZERO_SCORE = /(^|[^\d,])0 \/ 100/;

interface Rendered {
  report: ResponseReport;
  file: string;
  pdf: PdfContent;
  body: string;
}

async function rendered(
  name: string,
  input: Parameters<typeof renderReport>[0],
): Promise<Rendered> {
  const { report, pdf: bytes } = await renderReport(input);
  const pdf = await readPdf(bytes);
  return { report, file: keepPdf(name, bytes), pdf, body: searchable(pdf.body) };
}

/**
 * Responses that leave the report little to say: each must still give a clean report that says
 * so in words, rather than a zero, an empty table or a blank page.
 */
describe('reports of sparse answers', { timeout: 30_000 }, () => {
  let partial: Rendered;
  let noPlan: Rendered;
  let unscored: Rendered;
  beforeAll(async () => {
    // comms: 2 of 2 and 1 of 2 -> 75. data: 1 of its 3 questions answered, a third of the
    // weight, under the 0.5 threshold -> not enough answers. pay: "not applicable" -> none.
    const questionnaire = buildQuestionnaire({
      areas: [area('comms'), area('data'), area('pay')],
      questions: [
        singleQuestion('site'),
        singleQuestion('news'),
        singleQuestion('gdpr', { area: 'data' }),
        singleQuestion('backup', { area: 'data' }),
        singleQuestion('register', { area: 'data' }),
        singleQuestion('payroll', { area: 'pay', options: [option('yes', 1), notApplicable()] }),
      ],
      recommendations: [
        recommendation('site'),
        recommendation('gdpr', {
          area: 'data',
          trigger: { answer: { question: 'gdpr', anyOf: ['no'] } },
        }),
      ],
    });
    partial = await rendered('sparse-partial', {
      questionnaire,
      answers: { site: 'yes', news: 'partly', gdpr: 'no', payroll: 'na' },
    });
    // Every answer the best one: no recommendation fires.
    noPlan = await rendered('sparse-no-plan', {
      questionnaire,
      answers: {
        site: 'yes',
        news: 'yes',
        gdpr: 'yes',
        backup: 'yes',
        register: 'yes',
        payroll: 'yes',
      },
    });
    // The shipped questionnaire with only the context questions answered: no area has a score.
    unscored = await rendered('sparse-unscored', {
      questionnaire: await defaultQuestionnaire(),
      answers: { budget: 'under-10k', volunteers: '1-5', employees: 'none', sector: 'culture' },
      associationName: 'Le Petit Théâtre',
    });
  });

  test('when qpdf checks each report, then it finds no error', async () => {
    for (const { file } of [partial, noPlan, unscored]) {
      expect((await qpdfCheck(file)).code, file).toBe(0);
    }
  });

  test('when an area has too few answers, then the report says "Pas assez de réponses" for it and never prints a zero', () => {
    expect(partial.report.areas.map((a) => [a.id, a.score, a.status])).toEqual([
      ['comms', 75, 'scored'],
      ['data', null, 'insufficient'],
      ['pay', null, 'notApplicable'],
    ]);
    const profile = searchable(profilePage(partial).body);
    expect(profile).toContain('fr: Area comms 75 / 100 fr: Level expert');
    expect(profile).toContain('fr: Area data Pas assez de réponses —');
    expect(profile).toContain('fr: Area pay Non concerné —');
    expect(partial.body).toContain(
      'Pas assez de réponses dans ce domaine pour lui donner un score (33 % des questions qui comptent ont une réponse).',
    );
    expect(partial.body).toContain('Aucune question de ce domaine ne concerne votre association.');
    expect(partial.body).not.toMatch(ZERO_SCORE);
    expect(profilePage(partial).alts.map(searchable)).toEqual([
      'Radar des scores par domaine. fr: Area comms : 75 sur 100 ; fr: Area data : pas assez de réponses ; fr: Area pay : pas assez de réponses',
    ]);
  });

  test('when an area has too few answers, then its recommendations fired by an answer are still in the plan', () => {
    expect(partial.report.plan.map((item) => item.id)).toEqual(['gdpr']);
    expect(partial.body).toContain('fr: Do gdpr');
    expect(partial.body).toContain('Domaine : fr: Area data');
  });

  test('when no recommendation applies, then the plan says so in a sentence and draws no table', () => {
    expect(noPlan.report.plan).toEqual([]);
    // Nothing to start with: no "Par où commencer" page, the profile follows the cover.
    expect(noPlan.report.firstActions).toEqual([]);
    expect(noPlan.body).not.toContain('Par où commencer');
    expect(noPlan.pdf.pages[1]!.body).toMatch(/^Votre profil/);
    const planPage = noPlan.pdf.pages.find((page) => page.body.startsWith('Plan d’action'));
    expect(planPage).toBeDefined();
    const plan = searchable(planPage!.body);
    expect(plan).toContain(
      'Aucune recommandation ne s’applique à vos réponses : bravo ! Gardez ce rapport pour mesurer vos progrès lors du prochain diagnostic.',
    );
    expect(plan).not.toContain('Effort');
    expect(plan).not.toContain('Actions rapides');
    expect(noPlan.pdf.links.filter((url) => url.includes('example'))).toEqual([]);
    expect(noPlan.body).toContain('Aucune recommandation dans ce domaine.');
  });

  test('when no area has a score, then the cover says there is no overall index, and no score is printed anywhere', () => {
    expect(unscored.report.overall.score).toBeNull();
    expect(unscored.report.areas.every((a) => a.score === null)).toBe(true);
    const cover = searchable(unscored.pdf.pages[0]!.body);
    expect(cover).toContain('Pas assez de réponses pour calculer un indice global.');
    expect(cover).not.toContain('Niveau :');
    expect(cover).toContain('Réponses données : 0 % des questions qui comptent.');
    expect(unscored.body).not.toMatch(/\d \/ 100/);
    expect(unscored.body).toContain('Données personnelles et RGPD Pas assez de réponses —');
    // Nothing to score, nothing to recommend: the plan says so; help is still offered.
    expect(unscored.report.plan).toEqual([]);
    expect(unscored.body).toContain('Aucune recommandation ne s’applique à vos réponses');
    expect(unscored.pdf.links).toContain('https://openasso.org/');
  });
});
