import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { EARLY, facilitatorApi, type SignedIn } from '../../support/facilitator-api.js';
import { csvObjects, readCsv } from '../../support/read-csv.js';
import { readWorkbook } from '../../support/read-workbook.js';
import { shareApi } from '../../support/share-api.js';
import { startTestApp, type TestApp } from '../../support/test-app.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * One association on the mini fixture, EARLY (overall 16.7 beginner, comm 0 beginner, data 50
 * advanced, see facilitator-api.ts), submitted 2026-07-14T10:00:00Z (summer: 12:00 in Paris)
 * and shared with Anne's centre on 2026-12-01T19:34:27.119Z (winter: 20:34:27 in Paris).
 */
describe('the portfolio exports: CSV for people, CSV with identifiers, workbook', () => {
  let now = new Date();
  let testApp: TestApp;
  const at = (iso: string) => {
    now = new Date(iso);
  };
  const centres = () => facilitatorApi(testApp.app);
  const shares = () => shareApi(testApp.app);

  beforeEach(async () => {
    at('2026-12-01T19:00:00.000Z');
    testApp = undefined as unknown as TestApp;
    testApp = await startTestApp({}, { clock: { now: () => now } });
  });
  afterEach(async () => {
    await testApp?.close();
  });

  async function sharedWithAnne(): Promise<{ anne: SignedIn; bruno: SignedIn }> {
    const anne = await centres().facilitator('anne@crib.fr');
    const bruno = await centres().facilitator('bruno@pava.fr');
    const code = await shares().shareCode(anne);
    at('2026-07-14T10:00:00.000Z');
    const association = await shares().submitted(EARLY, 'Les Amis du Quartier');
    at('2026-12-01T19:34:27.119Z');
    const shared = await shares().share(association.id, association.token, {
      shareCode: code,
      consent: true,
    });
    expect(shared.statusCode).toBe(201);
    at('2026-12-01T20:00:00.000Z');
    return { anne, bruno };
  }

  test('when the portfolio is exported for people, then headers and levels are words of the asked language and times are Paris time', async () => {
    const { anne } = await sharedWithAnne();

    const french = await centres().get(anne, '/api/facilitator/portfolio.csv?lang=fr');
    const english = (await centres().get(anne, '/api/facilitator/portfolio.csv?lang=en')).body;

    expect(french.headers['content-disposition']).toBe(
      'attachment; filename="portfolio-2026-12-01.csv"',
    );
    expect(readCsv(french.body)).toEqual([
      [
        'Association',
        'Questionnaire',
        'Version',
        'Partagé depuis le (heure de Paris)',
        'Dernier diagnostic envoyé le (heure de Paris)',
        'Diagnostic précédent envoyé le (heure de Paris)',
        'Indice global',
        'Niveau global',
        'Évolution — Indice global (points)',
        'Évolution — Niveau global (niveaux)',
        'Actions prévues',
        'Actions en cours',
        'Actions faites',
        'Communication',
        'Niveau — Communication',
        'Évolution — Communication (points)',
        'Données',
        'Niveau — Données',
        'Évolution — Données (points)',
      ],
      [
        'Les Amis du Quartier',
        'Mini diagnostic',
        '1.0.0',
        '2026-12-01 20:34:27',
        '2026-07-14 12:00:00',
        '',
        '16,7',
        'Débutant',
        '',
        '',
        '0',
        '0',
        '0',
        '0',
        'Débutant',
        '',
        '50',
        'Avancé',
        '',
      ],
    ]);
    expect(csvObjects(english)[0]).toMatchObject({
      Questionnaire: 'Mini diagnosis',
      'Shared since (Paris time)': '2026-12-01 20:34:27',
      'Latest check-up submitted (Paris time)': '2026-07-14 12:00:00',
      'Overall index': '16.7',
      'Overall level': 'Beginner',
      'Level — Data': 'Advanced',
    });
  });

  test('when the portfolio is exported with identifiers, then it keeps the questionnaire and level ids and UTC times', async () => {
    const { anne } = await sharedWithAnne();

    const response = await centres().get(anne, '/api/facilitator/portfolio-ids.csv');

    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toBe(
      'attachment; filename="portfolio-2026-12-01-identifiants.csv"',
    );
    expect(csvObjects(response.body)).toEqual([
      {
        association: 'Les Amis du Quartier',
        questionnaire: 'mini',
        version: '1.0.0',
        shared_since: '2026-12-01T19:34:27.119Z',
        submitted_at: '2026-07-14T10:00:00.000Z',
        previous_submitted_at: '',
        overall_score: '16.7',
        overall_level: 'beginner',
        overall_points: '',
        overall_level_steps: '',
        plan_planned: '0',
        plan_in_progress: '0',
        plan_done: '0',
        comm_score: '0',
        comm_level: 'beginner',
        comm_points: '',
        data_score: '50',
        data_level: 'advanced',
        data_points: '',
      },
    ]);
  });

  test('when the portfolio is exported as a workbook, then its numbers are numbers, its dates Paris date-times, and its codebook lists the levels', async () => {
    const { anne } = await sharedWithAnne();

    const response = await centres().get(anne, '/api/facilitator/portfolio.xlsx?lang=fr');

    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe(XLSX);
    expect(response.headers['content-disposition']).toBe(
      'attachment; filename="portfolio-2026-12-01.xlsx"',
    );
    const [data, codebook] = await readWorkbook(response.rawPayload);
    expect(data!.sheet).toBe('Associations');
    const [header, row] = data!.data;
    expect(header!.slice(0, 5)).toEqual([
      'Association',
      'Questionnaire',
      'Version',
      'Partagé depuis le (heure de Paris)',
      'Dernier diagnostic envoyé le (heure de Paris)',
    ]);
    expect(row!.slice(3, 5)).toEqual([
      new Date(Date.UTC(2026, 11, 1, 20, 34, 27)),
      new Date(Date.UTC(2026, 6, 14, 12, 0, 0)),
    ]);
    expect(row!.slice(5)).toEqual([
      null,
      16.7,
      'Débutant',
      null,
      null,
      0,
      0,
      0,
      0,
      'Débutant',
      null,
      50,
      'Avancé',
      null,
    ]);
    const levels = codebook!.data.filter((entry) => entry[0] === 'data_level');
    expect(levels.map((entry) => entry.slice(4))).toEqual([
      ['beginner', 'Débutant'],
      ['progressing', 'En progression'],
      ['advanced', 'Avancé'],
      ['expert', 'Expert'],
    ]);
  });

  test('when a centre the association did not share with exports its portfolio, then no export holds the association', async () => {
    const { bruno } = await sharedWithAnne();

    const csv = (await centres().get(bruno, '/api/facilitator/portfolio.csv')).body;
    const ids = (await centres().get(bruno, '/api/facilitator/portfolio-ids.csv')).body;
    const xlsx = await centres().get(bruno, '/api/facilitator/portfolio.xlsx');

    expect(readCsv(csv)).toHaveLength(1);
    expect(readCsv(ids)).toHaveLength(1);
    const [data] = await readWorkbook(xlsx.rawPayload);
    expect(data!.data).toHaveLength(1);
    for (const body of [csv, ids]) expect(body).not.toContain('Les Amis du Quartier');
    expect((await centres().get(undefined, '/api/facilitator/portfolio.xlsx')).statusCode).toBe(
      401,
    );
  });
});
