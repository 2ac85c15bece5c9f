import { beforeAll, describe, expect, test } from 'vitest';
import type { Answers, Questionnaire } from '../../../src/domain/index.js';
import { renderGroupReport } from '../../../src/report/render-group-report.js';
import { renderResponseReport } from '../../../src/report/render-response-report.js';
import { renderTeamReport } from '../../../src/report/render-team-report.js';
import type {
  GroupReport,
  ReportLevel,
  ReportScoreChange,
  TeamReport,
} from '../../../src/usecases/report-ports.js';
import { clubOnLatest } from '../../support/club-on-latest.js';
import { keepPdf, qpdfCheck } from '../../support/pdf-tools.js';
import { readPdf, searchable } from '../../support/read-pdf.js';
import { renderReport } from '../../support/render-report.js';

/** "(s)" reads as a form to fill in: a counted phrase says its own plural. */
const FORM_PLURAL = /\w\((?:s|es)\)/;

async function textOf(name: string, bytes: Uint8Array): Promise<string> {
  expect((await qpdfCheck(keepPdf(name, bytes))).code).toBe(0);
  return searchable((await readPdf(bytes)).text);
}

const LEVELS: ReportLevel[] = [
  { id: 'low', title: 'Débutant', description: 'Tout reste à faire.', min: 0, max: 50 },
  { id: 'high', title: 'Avancé', description: 'L’essentiel est là.', min: 50, max: 100 },
];
const AREAS = [
  { id: 'comm', title: 'Communication' },
  { id: 'data', title: 'Données' },
];

/** A workshop with `joined` associations, `submitted` of them submitted, and `priorities` shared. */
function group(
  locale: string,
  { joined, submitted, priorities }: { joined: number; submitted: number; priorities: number },
): GroupReport {
  return {
    locale,
    createdAt: '2026-11-20T09:00:00.000Z',
    date: '2026-11-20',
    title: 'Atelier du centre',
    questionnaire: { id: 'mini', version: '1.0.0', title: 'Mini' },
    counts: { joined, inProgress: joined - submitted, submitted },
    levels: LEVELS,
    areas: AREAS.map((a) => ({
      ...a,
      mean: 60,
      min: 60,
      max: 60,
      stdDev: 0,
      count: submitted,
      levelCounts: [0, submitted],
    })),
    overall: { mean: 60, count: submitted },
    priorities: Array.from({ length: priorities }, (_, i) => ({
      title: `Recommandation ${i + 1}`,
      areaTitle: 'Communication',
      count: 1,
      share: 1 / submitted,
    })),
    agenda: { basis: 0, minimum: 2, enough: false, latestOnly: false, questions: [] },
    participants: Array.from({ length: joined }, (_, i) => ({
      name: `Club ${i + 1}`,
      submitted: i < submitted,
      overallScore: i < submitted ? 60 : null,
      overallLevel: i < submitted ? 'Avancé' : null,
      areaScores: AREAS.map(() => (i < submitted ? 60 : null)),
    })),
  };
}

/** A team of `members`, `submitted` of them submitted. */
function team(
  locale: string,
  { members, submitted }: { members: number; submitted: number },
): TeamReport {
  return {
    locale,
    createdAt: '2026-11-20T09:00:00.000Z',
    associationName: 'Les Amis du Vélo',
    questionnaire: { id: 'mini', version: '1.0.0', title: 'Mini' },
    levels: LEVELS,
    counts: { members, submitted },
    overall: { mean: 60, level: 'Avancé', count: submitted },
    areas: AREAS.map((a) => ({
      ...a,
      mean: 60,
      level: 'Avancé',
      min: 60,
      max: 60,
      stdDev: 0,
      count: submitted,
      agreement: null,
    })),
    members: Array.from({ length: members }, (_, i) => ({
      displayName: null,
      number: i + 1,
      submitted: i < submitted,
      overallScore: i < submitted ? 60 : null,
      areaScores: AREAS.map(() => (i < submitted ? 60 : null)),
    })),
    topics: [],
    discussionThreshold: 20,
  };
}

describe('counted phrases in the PDFs', { timeout: 60_000 }, () => {
  let questionnaire: Questionnaire;
  let answers: Answers;
  beforeAll(async () => {
    ({ questionnaire, answers } = await clubOnLatest());
  });

  test.each(['fr', 'en'])(
    'when an association’s %s report is read, then no phrase writes its plural as "(s)"',
    async (locale) => {
      const { report } = await renderReport({
        questionnaire,
        answers,
        locale,
        associationName: 'Les Amis du Vélo',
      });
      // With its progress: a move of one point and one of several.
      const change = (points: number): ReportScoreChange => ({
        before: 40,
        after: 40 + points,
        points,
        levelBefore: null,
        levelAfter: null,
        levelSteps: null,
      });
      const text = await textOf(
        `plurals-association-${locale}`,
        await renderResponseReport({
          ...report,
          progress: {
            previousDate: '2025-11-20T09:00:00.000Z',
            previousScores: {},
            overall: change(1),
            areas: report.areas.map((a, i) => ({
              id: a.id,
              title: a.title,
              ...change(i === 0 ? 1.5 : 12),
            })),
            actionsDone: [],
          },
        }),
      );

      expect(report.firstActions).toHaveLength(3);
      expect(text).not.toMatch(FORM_PLURAL);
      if (locale === 'fr') {
        expect(text).toContain('Les 3 premières actions');
        // French: 1 and 1,5 are singular.
        expect(text).toContain('+1 point ');
        expect(text).toContain('+1,5 point ');
        expect(text).toContain('+12 points');
      } else {
        expect(text).toContain('The first 3 actions');
        expect(text).toContain('+1 point ');
        expect(text).toContain('+1.5 points');
        expect(text).toContain('+12 points');
      }
    },
  );

  test.each([
    [
      'fr',
      { joined: 1, submitted: 1, priorities: 11 },
      [
        '1 association inscrite · 1 diagnostic envoyé · 0 en cours',
        'Indice global moyen : 60 / 100 (sur 1 diagnostic)',
        '… et 1 autre recommandation, moins partagée.',
      ],
    ],
    [
      'fr',
      { joined: 5, submitted: 3, priorities: 20 },
      [
        '5 associations inscrites · 3 diagnostics envoyés · 2 en cours',
        'Indice global moyen : 60 / 100 (sur 3 diagnostics)',
        '… et 10 autres recommandations, moins partagées.',
      ],
    ],
    [
      'en',
      { joined: 1, submitted: 1, priorities: 11 },
      [
        '1 association joined · 1 diagnosis submitted · 0 in progress',
        'Mean overall index: 60 / 100 (over 1 diagnosis)',
        '… and 1 more recommendation, less shared.',
      ],
    ],
    [
      'en',
      { joined: 5, submitted: 3, priorities: 20 },
      [
        '5 associations joined · 3 diagnoses submitted · 2 in progress',
        'Mean overall index: 60 / 100 (over 3 diagnoses)',
        '… and 10 more recommendations, less shared.',
      ],
    ],
  ])(
    'when a workshop’s %s group report counts %o, then each count says its own singular or plural',
    async (locale, counts, expected) => {
      const text = await textOf(
        `plurals-group-${locale}-${counts.joined}`,
        await renderGroupReport(group(locale, counts)),
      );

      for (const phrase of expected) expect(text).toContain(phrase);
      expect(text).not.toMatch(FORM_PLURAL);
    },
  );

  test.each([
    [
      'fr',
      { members: 1, submitted: 1 },
      [
        '1 membre dans l’équipe · 1 diagnostic envoyé',
        'Indice global de l’équipe : 60 / 100, Avancé (moyenne de 1 membre)',
      ],
    ],
    [
      'fr',
      { members: 4, submitted: 3 },
      [
        '4 membres dans l’équipe · 3 diagnostics envoyés',
        'Indice global de l’équipe : 60 / 100, Avancé (moyenne de 3 membres)',
      ],
    ],
    [
      'en',
      { members: 1, submitted: 1 },
      [
        '1 member in the team · 1 diagnosis submitted',
        'Team overall index: 60 / 100, Avancé (mean of 1 member)',
      ],
    ],
    [
      'en',
      { members: 4, submitted: 3 },
      [
        '4 members in the team · 3 diagnoses submitted',
        'Team overall index: 60 / 100, Avancé (mean of 3 members)',
      ],
    ],
  ])(
    'when an association’s %s team report counts %o, then each count says its own singular or plural',
    async (locale, counts, expected) => {
      const text = await textOf(
        `plurals-team-${locale}-${counts.members}`,
        await renderTeamReport(team(locale, counts)),
      );

      for (const phrase of expected) expect(text).toContain(phrase);
      expect(text).not.toMatch(FORM_PLURAL);
    },
  );
});
