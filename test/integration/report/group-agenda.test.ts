import { describe, expect, test } from 'vitest';
import { renderGroupReport } from '../../../src/report/render-group-report.js';
import type { GroupAgenda, GroupReport } from '../../../src/usecases/report-ports.js';
import { keepPdf, qpdfCheck } from '../../support/pdf-tools.js';
import { readPdf, searchable } from '../../support/read-pdf.js';

/** A workshop of three submitted diagnoses, its agenda and `priorities` shared priorities. */
function group(locale: string, agenda: GroupAgenda, priorities: number): GroupReport {
  return {
    locale,
    createdAt: '2026-11-20T09:00:00.000Z',
    date: '2026-11-20',
    title: 'Atelier du centre',
    questionnaire: { id: 'mini', version: '1.0.0', title: 'Mini' },
    counts: { joined: 3, inProgress: 0, submitted: 3 },
    levels: [
      { id: 'low', title: 'Débutant', description: 'Tout reste à faire.', min: 0, max: 50 },
      { id: 'high', title: 'Avancé', description: 'L’essentiel est là.', min: 50, max: 100 },
    ],
    areas: [
      {
        id: 'comm',
        title: 'Communication',
        mean: 50,
        min: 0,
        max: 100,
        stdDev: 40,
        count: 3,
        levelCounts: [1, 2],
      },
    ],
    overall: { mean: 50, count: 3 },
    // The first concerns all three, the next two, the rest one.
    priorities: Array.from({ length: priorities }, (_, i) => ({
      title: `Recommandation ${i + 1}`,
      areaTitle: 'Communication',
      count: i === 0 ? 3 : i < 3 ? 2 : 1,
      share: i === 0 ? 1 : i < 3 ? 0.67 : 0.33,
    })),
    agenda,
    participants: ['Club 1', 'Club 2', 'Club 3'].map((name, i) => ({
      name,
      submitted: true,
      overallScore: i * 50,
      overallLevel: i === 0 ? 'Débutant' : 'Avancé',
      areaScores: [i * 50],
    })),
  };
}

const RANKED: GroupAgenda = {
  basis: 3,
  minimum: 2,
  enough: true,
  latestOnly: false,
  questions: [
    {
      title: 'Avez-vous un site web ?',
      areaTitle: 'Communication',
      disagreement: 0.667,
      answered: 3,
      distribution: [
        { label: 'Non', count: 2 },
        { label: 'Oui', count: 1 },
      ],
    },
    {
      title: 'Sauvegardez-vous vos fichiers ?',
      areaTitle: 'Communication',
      disagreement: 0.5,
      answered: 1,
      distribution: [{ label: 'Oui', count: 1 }],
    },
  ],
};

async function textOf(name: string, bytes: Uint8Array): Promise<string> {
  expect((await qpdfCheck(keepPdf(name, bytes))).code).toBe(0);
  return searchable((await readPdf(bytes)).text);
}

describe("the group report's discussion agenda", () => {
  test('when the shared answers differ, then it lists the questions with their counts and gap, then the ten most shared priorities, in French plurals', async () => {
    const text = await textOf('group-agenda-fr', await renderGroupReport(group('fr', RANKED, 12)));

    for (const expected of [
      'Sujets de discussion',
      'Où les avis divergent',
      'D’après 3 réponses partagées.',
      'Avez-vous un site web ?',
      'Communication · 3 réponses',
      'Communication · 1 réponse',
      'Non : 2',
      'Oui : 1',
      '67 / 100',
      'Les priorités partagées',
      '3 associations sur 3',
      '1 association sur 3',
      'Recommandation 10',
      '… et 2 autres recommandations, moins partagées.',
    ]) {
      expect(text).toContain(expected);
    }
    // Ten in the table, the eleventh and twelfth only counted.
    expect(text).not.toContain('Recommandation 11');
  });

  test('when the agenda rests on the latest shared responses, then it says so, in English', async () => {
    const text = await textOf(
      'group-agenda-en-latest',
      await renderGroupReport(group('en', { ...RANKED, basis: 500, latestOnly: true }, 11)),
    );

    for (const expected of [
      'Discussion agenda',
      'Where opinions differ',
      'Based on the 500 most recent shared responses.',
      'Communication · 1 answer',
      '2 associations out of 3',
      '1 association out of 3',
      '… and 1 more recommendation, less shared.',
    ]) {
      expect(text).toContain(expected);
    }
  });

  test.each([
    [
      'fr',
      1,
      'il faut au moins 2 diagnostics envoyés avec leurs réponses partagées, et il y en a 1.',
    ],
    ['en', 1, 'with their answers shared, and there is 1.'],
    ['en', 0, 'with their answers shared, and there are 0.'],
  ])(
    'when %s and %i response is shared, then the agenda says there is not enough to compare',
    async (locale, basis, expected) => {
      const agenda: GroupAgenda = {
        basis,
        minimum: 2,
        enough: false,
        latestOnly: false,
        questions: [],
      };
      const text = await textOf(
        `group-agenda-${locale}-${basis}`,
        await renderGroupReport(group(locale, agenda, 0)),
      );

      expect(text).toContain(expected);
      expect(text).not.toContain('Non : ');
    },
  );

  test('when every shared answer agrees, then it says there is no disagreement to discuss', async () => {
    const text = await textOf(
      'group-agenda-fr-agree',
      await renderGroupReport(group('fr', { ...RANKED, questions: [] }, 1)),
    );

    expect(text).toContain(
      'Les 3 réponses partagées concordent sur chaque question : aucun désaccord à discuter.',
    );
  });
});
