import { describe, expect, test } from 'vitest';
import { DashboardContract } from '../../../src/contracts/workshop-contract.js';
import type { Answers } from '../../../src/domain/index.js';
import { ADVANCED, EARLY, facilitatorApi, type SignedIn } from '../../support/facilitator-api.js';
import { readPdf, searchable } from '../../support/read-pdf.js';
import { useRespondentApp } from '../../support/use-respondent-app.js';

/**
 * On the mini fixture. "Club Alpha" (EARLY) and "Club Bêta" (ADVANCED) share their answers;
 * "Club Gamma" does not. Over the two that share:
 *   site: no (0) against yes (1): disagreement 1; channels: none (0) against newsletter + social
 *   (2 / 2 = 1): 1; gdpr: 0 against 4 (0 and 1): 1. All three tie with 2 distinct answers, so
 *   they come in the questionnaire's order. site-updates (hidden for Alpha) and payroll (hidden
 *   for Bêta) have one answer each and do not rank.
 * Gamma would add a second "no" to site, a "social" to channels and a 2 to gdpr if it counted.
 */
const GAMMA: Answers = { employees: 'none', site: 'no', channels: ['social'], gdpr: 2 };

describe("a workshop dashboard's discussion agenda", () => {
  const env = useRespondentApp();
  const api = () => facilitatorApi(env.testApp.app);

  async function workshopOf(
    participants: Array<[string, Answers, boolean]>,
  ): Promise<{ anne: SignedIn; id: string }> {
    const anne = await api().facilitator('anne@crib.fr');
    const workshop = await api().workshop(anne);
    for (const [associationName, answers, shareAnswers] of participants) {
      await api().participant(workshop.joinCode, answers, { associationName, shareAnswers });
    }
    return { anne, id: workshop.id };
  }
  const dashboardOf = async (anne: SignedIn, id: string, query = '') =>
    DashboardContract.parse(
      (await api().get(anne, `/api/workshops/${id}/dashboard${query}`)).json(),
    );

  test('when two share and one does not, then the agenda ranks the questions over the two only, with counts and no name', async () => {
    const { anne, id } = await workshopOf([
      ['Club Alpha', EARLY, true],
      ['Club Bêta', ADVANCED, true],
      ['Club Gamma', GAMMA, false],
    ]);

    const { agenda, counts } = await dashboardOf(anne, id);

    expect(counts.submitted).toBe(3);
    expect(agenda).toMatchObject({ basis: 2, minimum: 2, enough: true, latestOnly: false });
    expect(
      agenda.questions.map((q) => [q.questionId, q.areaId, q.disagreement, q.answered]),
    ).toEqual([
      ['site', 'comm', 1, 2],
      ['channels', 'comm', 1, 2],
      ['gdpr', 'data', 1, 2],
    ]);
    const [site, channels, gdpr] = agenda.questions;
    expect(site!.title).toBe('Avez-vous un site web ?');
    expect(site!.distribution).toEqual([
      { answer: 'no', label: 'Non', count: 1 },
      { answer: 'yes', label: 'Oui', count: 1 },
    ]);
    expect(channels!.distribution.map((d) => [d.label, d.count])).toEqual([
      ["Lettre d'information", 1],
      ['Réseaux sociaux', 1],
      ['Aucun', 1],
    ]);
    expect(gdpr!.distribution.map((d) => [d.label, d.count])).toEqual([
      ['0 (Pas commencé)', 1],
      ['1', 0],
      ['2', 0],
      ['3', 0],
      ['4 (Conforme)', 1],
    ]);
    // No name anywhere in the agenda: counts only.
    expect(JSON.stringify(agenda)).not.toMatch(/Club/);
  });

  test('when the facilitator reads in English, then the questions and answers are in English', async () => {
    const { anne, id } = await workshopOf([
      ['Club Alpha', EARLY, true],
      ['Club Bêta', ADVANCED, true],
    ]);

    const { agenda } = await dashboardOf(anne, id, '?lang=en');

    expect(agenda.questions[0]!.title).toBe('Do you have a website?');
    expect(agenda.questions[0]!.distribution.map((d) => d.label)).toEqual(['No', 'Yes']);
    expect(agenda.questions[2]!.distribution.at(-1)!.label).toBe('4 (Compliant)');
  });

  test('when only one participant shares, then the agenda says it has not enough to compare, whatever the others answered', async () => {
    const { anne, id } = await workshopOf([
      ['Club Alpha', EARLY, true],
      ['Club Bêta', ADVANCED, false],
      ['Club Gamma', GAMMA, false],
    ]);

    const { agenda } = await dashboardOf(anne, id);

    expect(agenda).toEqual({
      basis: 1,
      minimum: 2,
      enough: false,
      latestOnly: false,
      questions: [],
    });
  });

  test('when the group PDF is downloaded, then it holds the same agenda and the shared priorities with their counts, in French', async () => {
    const { anne, id } = await workshopOf([
      ['Club Alpha', EARLY, true],
      ['Club Bêta', ADVANCED, true],
      ['Club Gamma', GAMMA, false],
    ]);

    const pdf = await api().get(anne, `/api/workshops/${id}/report.pdf`);

    expect(pdf.statusCode).toBe(200);
    const text = searchable((await readPdf(pdf.rawPayload)).text);
    for (const expected of [
      'Sujets de discussion',
      'Où les avis divergent',
      'D’après 2 réponses partagées.',
      'Avez-vous un site web ?',
      'Non : 1',
      '4 (Conforme) : 1',
      '100 / 100',
      'Les priorités partagées',
      // create-site fires on site no: Alpha and Gamma, 2 of the 3 submitted.
      'Créer un site simple',
      '2 associations sur 3',
    ]) {
      expect(text).toContain(expected);
    }
  });
});
