import { unzipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import { ResponseContract } from '../../../src/contracts/response-contract.js';
import { DashboardContract } from '../../../src/contracts/workshop-contract.js';
import {
  ADVANCED,
  EARLY,
  facilitatorApi,
  type SignedIn,
  type Workshop,
} from '../../support/facilitator-api.js';
import { readPdf, searchable } from '../../support/read-pdf.js';
import { useRespondentApp } from '../../support/use-respondent-app.js';

/**
 * Three participants on the mini fixture (see facilitator-api.ts for the hand-worked scores):
 *   "Club Alpha" EARLY, submitted, shares its answers: comm 0 (beginner), data 50 (advanced),
 *   overall 16.7; plan start-newsletter, gdpr-register, create-site, payroll-access.
 *   "Club Bêta" ADVANCED, submitted, does not share: comm 100, data 100, overall 100; no plan.
 *   a third, unnamed, joined and answered one question, not submitted.
 * Over the two submitted: comm mean 50, min 0, max 100, population standard deviation 50;
 * data mean 75, min 50, max 100, deviation 25; overall mean (16.7 + 100) / 2 = 58.35, shown 58.4.
 */
describe('a workshop dashboard and its exports', () => {
  const env = useRespondentApp();
  const api = () => facilitatorApi(env.testApp.app);

  async function workshopWithThree(): Promise<{
    anne: SignedIn;
    workshop: Workshop;
    alpha: string;
    beta: string;
    alphaToken: string;
  }> {
    const anne = await api().facilitator('anne@crib.fr');
    const workshop = await api().workshop(anne);
    const alpha = await api().participant(workshop.joinCode, EARLY, {
      associationName: 'Club Alpha',
      shareAnswers: true,
    });
    const beta = await api().participant(workshop.joinCode, ADVANCED, {
      associationName: 'Club Bêta',
      shareAnswers: false,
    });
    await api().participant(workshop.joinCode, { site: 'no' }, { shareAnswers: false }, false);
    return { anne, workshop, alpha: alpha.id, beta: beta.id, alphaToken: alpha.token };
  }

  test('when three have joined and two submitted, then the dashboard holds the figures worked out by hand', async () => {
    const { anne, workshop, alpha } = await workshopWithThree();

    const dashboard = DashboardContract.parse(
      (await api().get(anne, `/api/workshops/${workshop.id}/dashboard`)).json(),
    );

    expect(dashboard.counts).toEqual({ joined: 3, inProgress: 1, submitted: 2 });
    expect(
      dashboard.areas.map(({ id, mean, min, max, stdDev, count }) => ({
        id,
        mean,
        min,
        max,
        stdDev,
        count,
      })),
    ).toEqual([
      { id: 'comm', mean: 50, min: 0, max: 100, stdDev: 50, count: 2 },
      { id: 'data', mean: 75, min: 50, max: 100, stdDev: 25, count: 2 },
    ]);
    expect(dashboard.areas[0]!.levels).toEqual([
      { levelId: 'beginner', count: 1 },
      { levelId: 'progressing', count: 0 },
      { levelId: 'advanced', count: 0 },
      { levelId: 'expert', count: 1 },
    ]);
    expect(dashboard.overall).toEqual({ mean: 58.4, count: 2 });
    // Only Alpha has a plan: each of its recommendations is shared by 1 of 2.
    expect(
      dashboard.priorities
        .map(({ id, count, share }) => ({ id, count, share }))
        .sort((a, b) => a.id.localeCompare(b.id)),
    ).toEqual([
      { id: 'create-site', count: 1, share: 0.5 },
      { id: 'gdpr-register', count: 1, share: 0.5 },
      { id: 'payroll-access', count: 1, share: 0.5 },
      { id: 'start-newsletter', count: 1, share: 0.5 },
    ]);
    expect(dashboard.participants).toHaveLength(3);
    expect(dashboard.participants.find((p) => p.responseId === alpha)).toMatchObject({
      associationName: 'Club Alpha',
      status: 'submitted',
      overallScore: 16.7,
      overallLevel: 'beginner',
      areaScores: { comm: 0, data: 50 },
      shareAnswers: true,
    });
  });

  test('when a participant erases its submitted response, then the figures are those of the others', async () => {
    const { anne, workshop, alpha, alphaToken } = await workshopWithThree();

    expect((await env.api.remove(alpha, alphaToken)).statusCode).toBe(204);

    const dashboard = DashboardContract.parse(
      (await api().get(anne, `/api/workshops/${workshop.id}/dashboard`)).json(),
    );
    // Only Bêta remains submitted: comm 100, data 100, no plan.
    expect(dashboard.counts).toEqual({ joined: 2, inProgress: 1, submitted: 1 });
    expect(
      dashboard.areas.map(({ mean, min, max, stdDev, count }) => ({
        mean,
        min,
        max,
        stdDev,
        count,
      })),
    ).toEqual([
      { mean: 100, min: 100, max: 100, stdDev: 0, count: 1 },
      { mean: 100, min: 100, max: 100, stdDev: 0, count: 1 },
    ]);
    expect(dashboard.priorities).toEqual([]);
    expect(dashboard.overall).toEqual({ mean: 100, count: 1 });
  });

  test("when the facilitator opens a participant's results, then the answers show only if it allowed it", async () => {
    const { anne, workshop, alpha, beta } = await workshopWithThree();
    const base = `/api/workshops/${workshop.id}/participants`;

    const shared = ResponseContract.parse((await api().get(anne, `${base}/${alpha}`)).json());
    const kept = ResponseContract.parse((await api().get(anne, `${base}/${beta}`)).json());

    expect(shared.answers).toEqual(EARLY);
    expect(shared.profile.areas[0]!.explanation.questions.length).toBeGreaterThan(0);
    expect(kept.answers).toEqual({});
    expect(kept.profile.areas.map((area) => area.explanation.questions)).toEqual([[], []]);
    expect(kept.profile.areas.map((area) => area.score)).toEqual([100, 100]);
    const pdf = await api().get(anne, `${base}/${beta}/report.pdf`);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const text = searchable((await readPdf(pdf.rawPayload)).text);
    expect(text).toContain('Club Bêta');
    expect(text).not.toContain('Ce que montrent vos réponses');
  });

  test('when the CSV is exported, then a French spreadsheet reads it: BOM, ";", decimal commas, answers only where allowed', async () => {
    const { anne, workshop } = await workshopWithThree();

    const response = await api().get(anne, `/api/workshops/${workshop.id}/export.csv`);

    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toBe(
      `attachment; filename="atelier-${workshop.joinCode}-2026-12-03.csv"`,
    );
    expect(response.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const [header, ...rows] = response.body
      .slice(1)
      .trimEnd()
      .split('\r\n')
      .map((line) => line.split(';'));
    // Headers and answers in the workshop's words (workshop-exports.test.ts reads every column).
    expect(header!.slice(0, 10)).toEqual([
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
    ]);
    const column = (name: string) => header!.indexOf(name);
    const alpha = rows.find((row) => row[0] === 'Club Alpha')!;
    const beta = rows.find((row) => row[0] === 'Club Bêta')!;
    expect(alpha[column('Indice global')]).toBe('16,7');
    expect(alpha[column('Niveau — Données')]).toBe('Avancé');
    expect(alpha[column('Avez-vous un site web ?')]).toBe('Non');
    expect(alpha[column('Quels canaux utilisez-vous ?')]).toBe('Aucun');
    expect(beta[column('Indice global')]).toBe('100');
    expect(beta[column('Avez-vous un site web ?')]).toBe('');
    expect(beta[column('Réponses partagées')]).toBe('Non');
    expect(rows).toHaveLength(3);
  });

  test('when the group PDF and the zip are downloaded, then they hold the associations and each submitted PDF', async () => {
    const { anne, workshop } = await workshopWithThree();

    const group = await api().get(anne, `/api/workshops/${workshop.id}/report.pdf`);
    const zip = await api().get(anne, `/api/workshops/${workshop.id}/reports.zip`);

    expect(group.headers['content-type']).toBe('application/pdf');
    const text = searchable((await readPdf(group.rawPayload)).text);
    for (const expected of [
      'Atelier numérique',
      'Club Alpha',
      'Club Bêta',
      'Les priorités partagées',
      '58,4 / 100',
    ]) {
      expect(text).toContain(expected);
    }
    expect(zip.headers['content-type']).toBe('application/zip');
    const files = unzipSync(new Uint8Array(zip.rawPayload));
    expect(Object.keys(files).sort()).toEqual([
      expect.stringMatching(/^diagnostic-mini-club-alpha-\d{4}-\d{2}-\d{2}\.pdf$/),
      expect.stringMatching(/^diagnostic-mini-club-beta-\d{4}-\d{2}-\d{2}\.pdf$/),
    ]);
    for (const pdf of Object.values(files))
      expect(Buffer.from(pdf.subarray(0, 5)).toString()).toBe('%PDF-');
  });
});
