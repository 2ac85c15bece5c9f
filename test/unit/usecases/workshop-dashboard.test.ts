import { describe, expect, test } from 'vitest';
import type { Answers } from '../../../src/domain/index.js';
import type { WorkshopFigures } from '../../../src/usecases/ports.js';
import {
  AGENDA_RESPONSES,
  dashboardOf,
  type SharedResponses,
} from '../../../src/usecases/workshops/workshop-dashboard.js';
import type { WorkshopView } from '../../../src/usecases/workshops/workshop-view.js';
import {
  buildQuestionnaire,
  recommendation,
  scaleQuestion,
  singleQuestion,
  text,
} from '../../support/build-questionnaire.js';

const questionnaire = buildQuestionnaire({
  questions: [
    singleQuestion('site'),
    scaleQuestion('comfort', {
      min: 1,
      max: 5,
      labels: { min: text('Not at ease', 'Pas à l’aise'), max: text('At ease', 'À l’aise') },
    }),
  ],
  recommendations: [recommendation('zeta'), recommendation('alpha'), recommendation('mid')],
});

const WORKSHOP: WorkshopView = {
  id: 'w1',
  title: 'Atelier',
  date: '2026-12-03',
  questionnaireId: questionnaire.id,
  version: questionnaire.version,
  locale: 'fr',
  joinCode: 'ABC234',
  joinUrl: 'http://localhost/#/atelier/ABC234',
  closesAt: null,
  closedAt: null,
  open: true,
  createdAt: '2026-12-01T08:00:00.000Z',
};

function figures(recommendationCounts: WorkshopFigures['recommendationCounts']): WorkshopFigures {
  return {
    joined: 3,
    submitted: 3,
    areas: [],
    levelCounts: [],
    overall: { count: 3, mean: 50 },
    recommendationCounts,
    participants: [],
  };
}

const sharing = (answers: Answers, version = questionnaire.version) => ({
  version,
  answers,
  shareAnswers: true,
});

describe("the dashboard's agenda and priorities", () => {
  test('when the shared answers differ, then the agenda carries their texts in the reader’s language, a scale’s ends with their labels', () => {
    const shared: SharedResponses = [
      sharing({ site: 'yes', comfort: 1 }),
      sharing({ site: 'no', comfort: 5 }),
      // Another version's answers are not scored against this one.
      sharing({ site: 'no', comfort: 3 }, '0.9.0'),
    ];

    const { agenda } = dashboardOf(WORKSHOP, questionnaire, figures([]), shared, 'fr');

    expect(agenda).toMatchObject({ basis: 2, minimum: 2, enough: true, latestOnly: false });
    expect(agenda.questions.map((q) => [q.questionId, q.title])).toEqual([
      ['site', 'fr: Question site'],
      ['comfort', 'fr: Question comfort'],
    ]);
    expect(agenda.questions[1]!.distribution.map((d) => [d.label, d.count])).toEqual([
      ['1 (Pas à l’aise)', 1],
      ['2', 0],
      ['3', 0],
      ['4', 0],
      ['5 (À l’aise)', 1],
    ]);
  });

  test('when more responses are shared than the agenda reads, then it rests on the latest and says so', () => {
    const shared = Array.from({ length: AGENDA_RESPONSES + 1 }, (_, i) =>
      sharing({ site: i % 2 === 0 ? 'yes' : 'no' }),
    );

    const { agenda } = dashboardOf(WORKSHOP, questionnaire, figures([]), shared, 'en');

    expect(agenda).toMatchObject({ basis: AGENDA_RESPONSES, latestOnly: true });
    expect(agenda.questions[0]!.answered).toBe(AGENDA_RESPONSES);
  });

  test('when priorities are shared by as many, then the questionnaire’s order settles them, not their ids', () => {
    const { priorities } = dashboardOf(
      WORKSHOP,
      questionnaire,
      // As the store gives them: the most shared first, then by id.
      figures([
        { recommendationId: 'mid', count: 3 },
        { recommendationId: 'alpha', count: 2 },
        { recommendationId: 'zeta', count: 2 },
      ]),
      [],
      'fr',
    );

    expect(priorities.map((p) => [p.id, p.count, p.share])).toEqual([
      ['mid', 3, 1],
      ['zeta', 2, 0.67],
      ['alpha', 2, 0.67],
    ]);
  });
});
