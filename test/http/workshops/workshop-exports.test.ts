import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { Answers } from '../../../src/domain/index.js';
import { expectProblem } from '../../support/expect-problem.js';
import {
  ADVANCED,
  EARLY,
  facilitatorApi,
  type SignedIn,
  type Workshop,
} from '../../support/facilitator-api.js';
import { csvObjects, readCsv } from '../../support/read-csv.js';
import { readWorkbook } from '../../support/read-workbook.js';
import { startTestApp, type TestApp } from '../../support/test-app.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Four participants on the mini fixture (scores worked out by hand in facilitator-api.ts):
 *   "Club Alpha" EARLY, shares its answers: joined 2026-12-01T19:10:00Z, submitted
 *     19:34:27.119Z (winter: Paris is UTC+1, 20:10:00 and 20:34:27); overall 16.7 beginner,
 *     comm 0 beginner, data 50 advanced.
 *   "Club Bêta" ADVANCED, shares: joined 2027-06-15T07:50:00Z, submitted 08:05:00Z (summer:
 *     UTC+2, 09:50:00 and 10:05:00); 100 and expert everywhere; newsletter and social ticked.
 *   "Club Gamma" EARLY, does not share: submitted, its answers never exported.
 *   an unnamed one that answered one question and did not submit.
 */
describe('the workshop exports: CSV for people, CSV with identifiers, workbook', () => {
  let now = new Date();
  let testApp: TestApp;
  const at = (iso: string) => {
    now = new Date(iso);
  };
  const api = () => facilitatorApi(testApp.app);

  beforeEach(async () => {
    at('2026-12-01T18:00:00.000Z');
    testApp = undefined as unknown as TestApp;
    testApp = await startTestApp({}, { clock: { now: () => now } });
  });
  afterEach(async () => {
    await testApp?.close();
  });

  async function submit({ id, token }: { id: string; token: string }) {
    const submitted = await testApp.app.inject({
      method: 'POST',
      url: `/api/responses/${id}/submit`,
      headers: { authorization: `Bearer ${token}` },
    });
    expect(submitted.statusCode).toBe(200);
  }

  async function joinAndSubmit(
    workshop: Workshop,
    answers: Answers,
    body: object,
    [joinedAt, submittedAt]: [string, string],
  ) {
    at(joinedAt);
    const participant = await api().participant(workshop.joinCode, answers, body, false);
    at(submittedAt);
    await submit(participant);
  }

  async function workshopOfFour(locale = 'fr'): Promise<{ anne: SignedIn; workshop: Workshop }> {
    const anne = await api().facilitator('anne@crib.fr');
    const workshop = await api().workshop(anne, { locale });
    await joinAndSubmit(workshop, EARLY, { associationName: 'Club Alpha', shareAnswers: true }, [
      '2026-12-01T19:10:00.000Z',
      '2026-12-01T19:34:27.119Z',
    ]);
    await joinAndSubmit(workshop, ADVANCED, { associationName: 'Club Bêta', shareAnswers: true }, [
      '2027-06-15T07:50:00.000Z',
      '2027-06-15T08:05:00.000Z',
    ]);
    await joinAndSubmit(workshop, EARLY, { associationName: 'Club Gamma', shareAnswers: false }, [
      '2026-12-01T19:12:00.000Z',
      '2026-12-01T19:40:00.000Z',
    ]);
    at('2026-12-01T19:15:00.000Z');
    await api().participant(workshop.joinCode, { site: 'no' }, { shareAnswers: false }, false);
    // The facilitator's session, opened at 18:00, is still valid.
    at('2026-12-01T20:00:00.000Z');
    return { anne, workshop };
  }

  test('when a French workshop is exported for people, then its headers, statuses, answers and Paris times read as a French spreadsheet shows them', async () => {
    const { anne, workshop } = await workshopOfFour();

    const response = await api().get(anne, `/api/workshops/${workshop.id}/export.csv`);

    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toBe(
      `attachment; filename="atelier-${workshop.joinCode}-2026-12-03.csv"`,
    );
    expect(response.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(response.body.endsWith('\r\n')).toBe(true);
    expect(readCsv(response.body)[0]).toEqual([
      'Association',
      'Statut',
      'Commencé le (heure de Paris)',
      'Envoyé le (heure de Paris)',
      'Indice global',
      'Niveau global',
      'Communication',
      'Niveau — Communication',
      'Données',
      'Niveau — Données',
      'Réponses partagées',
      'Combien de salariés ?',
      'Avez-vous un site web ?',
      'Le mettez-vous à jour ?',
      'Quels canaux utilisez-vous ?',
      'Où en êtes-vous du RGPD ?',
      'Les fiches de paie sont-elles protégées ?',
    ]);
    const rows = csvObjects(response.body);
    expect(rows).toHaveLength(4);
    const row = (name: string) => rows.find((candidate) => candidate.Association === name)!;
    expect(Object.values(row('Club Alpha'))).toEqual([
      'Club Alpha',
      'Envoyé',
      '2026-12-01 20:10:00',
      '2026-12-01 20:34:27',
      '16,7',
      'Débutant',
      '0',
      'Débutant',
      '50',
      'Avancé',
      'Oui',
      'Au moins un',
      'Non',
      '',
      'Aucun',
      '0',
      'Oui',
    ]);
    // Summer time: Paris is two hours ahead of UTC. Several ticked options, by their labels.
    expect(row('Club Bêta')).toMatchObject({
      'Commencé le (heure de Paris)': '2027-06-15 09:50:00',
      'Envoyé le (heure de Paris)': '2027-06-15 10:05:00',
      'Indice global': '100',
      'Niveau global': 'Expert',
      'Le mettez-vous à jour ?': 'Chaque semaine',
      'Quels canaux utilisez-vous ?': "Lettre d'information ; Réseaux sociaux",
    });
    // Gamma did not share its answers: its scores are there, none of its answers.
    const gamma = row('Club Gamma');
    expect(gamma['Réponses partagées']).toBe('Non');
    expect(gamma['Indice global']).toBe('16,7');
    expect(Object.values(gamma).slice(11)).toEqual(['', '', '', '', '', '']);
    const draft = row('');
    expect(draft).toMatchObject({
      Statut: 'En cours',
      'Commencé le (heure de Paris)': '2026-12-01 20:15:00',
      'Envoyé le (heure de Paris)': '',
      'Indice global': '',
      'Avez-vous un site web ?': '',
    });
  });

  test('when an English workshop is exported for people, then it speaks English with decimal points', async () => {
    const anne = await api().facilitator('anne@crib.fr');
    const workshop = await api().workshop(anne, { locale: 'en' });
    await joinAndSubmit(
      workshop,
      { ...EARLY, channels: ['newsletter', 'social'] },
      { associationName: 'Club Alpha', shareAnswers: true },
      ['2026-12-01T19:10:00.000Z', '2026-12-01T19:34:27.119Z'],
    );
    at('2026-12-01T20:00:00.000Z');

    const csv = (await api().get(anne, `/api/workshops/${workshop.id}/export.csv`)).body;

    const [header] = readCsv(csv);
    expect(header!.slice(0, 12)).toEqual([
      'Association',
      'Status',
      'Started (Paris time)',
      'Submitted (Paris time)',
      'Overall index',
      'Overall level',
      'Communication',
      'Level — Communication',
      'Data',
      'Level — Data',
      'Answers shared',
      'How many employees?',
    ]);
    const [alpha] = csvObjects(csv);
    // Site "no" (0 of 2, weight 1) and both channels (2 of 2, weight 2): comm (0 + 2) / 3 = 66.7;
    // data 50 as EARLY's; overall (66.7 × 2 + 50) / 3 = 61.1, advanced.
    expect(alpha).toMatchObject({
      Status: 'Submitted',
      'Submitted (Paris time)': '2026-12-01 20:34:27',
      'Overall index': '61.1',
      'Overall level': 'Advanced',
      'Answers shared': 'Yes',
      'How many employees?': 'At least one',
      'Which channels do you use?': 'Newsletter ; Social networks',
      'How far are you with the GDPR?': '0',
    });
  });

  test('when the CSV with identifiers is exported, then it keeps the column, level and option ids, UTC times and decimal points', async () => {
    const { anne, workshop } = await workshopOfFour();

    const response = await api().get(anne, `/api/workshops/${workshop.id}/export-ids.csv`);

    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toBe(
      `attachment; filename="atelier-${workshop.joinCode}-2026-12-03-identifiants.csv"`,
    );
    expect(readCsv(response.body)[0]).toEqual([
      'association',
      'status',
      'created_at',
      'submitted_at',
      'overall_score',
      'overall_level',
      'comm_score',
      'comm_level',
      'data_score',
      'data_level',
      'answers_shared',
      'employees',
      'site',
      'site-updates',
      'channels',
      'gdpr',
      'payroll',
    ]);
    const rows = csvObjects(response.body);
    const row = (name: string) => rows.find((candidate) => candidate.association === name)!;
    expect(row('Club Alpha')).toEqual({
      association: 'Club Alpha',
      status: 'submitted',
      created_at: '2026-12-01T19:10:00.000Z',
      submitted_at: '2026-12-01T19:34:27.119Z',
      overall_score: '16.7',
      overall_level: 'beginner',
      comm_score: '0',
      comm_level: 'beginner',
      data_score: '50',
      data_level: 'advanced',
      answers_shared: 'yes',
      employees: 'some',
      site: 'no',
      'site-updates': '',
      channels: 'none',
      gdpr: '0',
      payroll: 'yes',
    });
    expect(row('Club Bêta')).toMatchObject({ channels: 'newsletter,social', gdpr: '4' });
    expect(row('Club Gamma')).toMatchObject({ answers_shared: 'no', site: '', gdpr: '' });
    expect(row('')).toMatchObject({ status: 'draft', submitted_at: '', overall_score: '' });
  });

  test('when the workbook is exported, then it holds typed numbers, Paris date-times and the codebook', async () => {
    const { anne, workshop } = await workshopOfFour();

    const response = await api().get(anne, `/api/workshops/${workshop.id}/export.xlsx`);

    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe(XLSX);
    expect(response.headers['content-disposition']).toBe(
      `attachment; filename="atelier-${workshop.joinCode}-2026-12-03.xlsx"`,
    );
    const [data, codebook] = await readWorkbook(response.rawPayload);
    expect([data!.sheet, codebook!.sheet]).toEqual(['Réponses', 'Codes']);
    const [header, ...rows] = data!.data;
    expect(header!.slice(0, 4)).toEqual([
      'Association',
      'Statut',
      'Commencé le (heure de Paris)',
      'Envoyé le (heure de Paris)',
    ]);
    const row = (name: string | null) => rows.find((candidate) => candidate[0] === name)!;
    // A spreadsheet's date-time has no time zone: it holds Paris's wall clock, which the reader
    // hands back as that wall-clock time in UTC.
    expect(row('Club Alpha')).toEqual([
      'Club Alpha',
      'Envoyé',
      new Date(Date.UTC(2026, 11, 1, 20, 10, 0)),
      new Date(Date.UTC(2026, 11, 1, 20, 34, 27)),
      16.7,
      'Débutant',
      0,
      'Débutant',
      50,
      'Avancé',
      'Oui',
      'Au moins un',
      'Non',
      null,
      'Aucun',
      0,
      'Oui',
    ]);
    expect(row('Club Bêta').slice(2, 5)).toEqual([
      new Date(Date.UTC(2027, 5, 15, 9, 50, 0)),
      new Date(Date.UTC(2027, 5, 15, 10, 5, 0)),
      100,
    ]);
    expect(row('Club Gamma').slice(10)).toEqual(['Non', null, null, null, null, null, null]);
    expect(row(null).slice(1, 5)).toEqual([
      'En cours',
      new Date(Date.UTC(2026, 11, 1, 20, 15, 0)),
      null,
      null,
    ]);

    const [codebookHeader, ...entries] = codebook!.data;
    expect(codebookHeader).toEqual([
      'Colonne (identifiant)',
      'Intitulé',
      'Type',
      'Valeurs',
      'Code',
      'Libellé',
    ]);
    const of = (column: string) => entries.filter((entry) => entry[0] === column);
    expect(of('channels').map((entry) => entry.slice(4))).toEqual([
      ['newsletter', "Lettre d'information"],
      ['social', 'Réseaux sociaux'],
      ['none', 'Aucun'],
    ]);
    expect(of('channels')[0]!.slice(1, 3)).toEqual([
      'Quels canaux utilisez-vous ?',
      'codes (plusieurs, séparés par des virgules dans le CSV avec les identifiants)',
    ]);
    expect(of('gdpr')).toEqual([
      ['gdpr', 'Où en êtes-vous du RGPD ?', 'nombre', 'de 0 à 4', 'na', 'Non concerné'],
    ]);
    expect(of('status').map((entry) => entry.slice(4))).toEqual([
      ['draft', 'En cours'],
      ['submitted', 'Envoyé'],
    ]);
    expect(of('overall_level').map((entry) => entry[4])).toEqual([
      'beginner',
      'progressing',
      'advanced',
      'expert',
    ]);
    expect(of('submitted_at')[0]!.slice(0, 3)).toEqual([
      'submitted_at',
      'Envoyé le (heure de Paris)',
      'date et heure',
    ]);
    expect(of('association')).toEqual([['association', 'Association', 'texte', null, null, null]]);
  });

  test('when another facilitator asks for any export of the workshop, then it answers 404 as for the CSV, and 401 without a session', async () => {
    const { workshop } = await workshopOfFour();
    const bruno = await api().facilitator('bruno@pava.fr');

    for (const file of ['export.csv', 'export-ids.csv', 'export.xlsx']) {
      const url = `/api/workshops/${workshop.id}/${file}`;
      expectProblem(await api().get(bruno, url), 404, 'workshop_not_found');
      expectProblem(await api().get(undefined, url), 401, 'not_signed_in');
    }
  });
});
