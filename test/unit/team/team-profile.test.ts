import { describe, expect, it } from 'vitest';
import {
  combineProfiles,
  divergentQuestions,
  spreadOf,
  type ProfileSummary,
} from '../../../src/domain/index.js';
import {
  area,
  buildQuestionnaire,
  dontKnow,
  multipleQuestion,
  notApplicable,
  scaleQuestion,
  singleQuestion,
} from '../../support/build-questionnaire.js';

const { levels } = buildQuestionnaire(); // beginner < developing [25) < advanced [50) < expert [75]

function member(overall: number | null, areas: Record<string, number | null>): ProfileSummary {
  return {
    overall: { score: overall, level: null, coverage: 1 },
    areas: Object.entries(areas).map(([id, score]) => ({
      id,
      score,
      level: null,
      coverage: score === null ? 0 : 1,
      status: score === null ? 'insufficient' : 'scored',
      weight: 1,
    })),
  };
}

describe('spreadOf', () => {
  it('when there is no score, then every figure is null and n is 0', () => {
    expect(spreadOf([])).toEqual({ n: 0, mean: null, min: null, max: null, stdDev: null });
  });

  it('when one member scored, then the spread is 0', () => {
    expect(spreadOf([62.5])).toEqual({ n: 1, mean: 62.5, min: 62.5, max: 62.5, stdDev: 0 });
  });
});

describe('combineProfiles, three members', () => {
  // Anne: comms 40, data 90, overall 65; Bruno: comms 60, data null (not enough answers),
  // overall 60; Chloé: comms 80, data 30, overall 55.
  const team = [
    member(65, { comms: 40, data: 90 }),
    member(60, { comms: 60, data: null }),
    member(55, { comms: 80, data: 30 }),
  ];

  it('when every member scored an area, then it is their mean, range and population deviation', () => {
    const combined = combineProfiles(['comms', 'data'], team, levels);

    // comms: mean (40 + 60 + 80) / 3 = 60 -> advanced [50, 75); min 40, max 80;
    // variance ((40-60)² + 0² + (80-60)²) / 3 = 800 / 3 = 266.67; sqrt = 16.33 -> 16.3.
    expect(combined.areas[0]).toEqual({
      areaId: 'comms',
      n: 3,
      mean: 60,
      min: 40,
      max: 80,
      stdDev: 16.3,
      level: 'advanced',
    });
  });

  it('when a member has no score in an area, then it is left out of it, never counted as 0', () => {
    const combined = combineProfiles(['comms', 'data'], team, levels);

    // data over Anne and Chloé only: mean (90 + 30) / 2 = 60 (with Bruno as 0 it would be 40);
    // variance ((90-60)² + (30-60)²) / 2 = 900; sqrt = 30.
    expect(combined.areas[1]).toEqual({
      areaId: 'data',
      n: 2,
      mean: 60,
      min: 30,
      max: 90,
      stdDev: 30,
      level: 'advanced',
    });
  });

  it('when members have overall indices, then the overall is their mean with its level', () => {
    const combined = combineProfiles(['comms', 'data'], team, levels);

    // (65 + 60 + 55) / 3 = 60 -> advanced; variance (25 + 0 + 25) / 3 = 16.67; sqrt = 4.08 -> 4.1.
    expect(combined.overall).toEqual({
      n: 3,
      mean: 60,
      min: 55,
      max: 65,
      stdDev: 4.1,
      level: 'advanced',
    });
  });

  it('when the mean falls on a level boundary, then it takes the level that starts there', () => {
    // (20 + 30) / 2 = 25 -> developing [25, 50), not beginner.
    const combined = combineProfiles(
      ['comms'],
      [member(20, { comms: 20 }), member(30, { comms: 30 })],
      levels,
    );
    expect(combined.areas[0]?.level).toBe('developing');
  });

  it('when no member has submitted, then the area has no mean and no level', () => {
    expect(combineProfiles(['comms'], [], levels).areas[0]).toEqual({
      areaId: 'comms',
      n: 0,
      mean: null,
      min: null,
      max: null,
      stdDev: null,
      level: null,
    });
  });
});

describe('divergentQuestions, three members', () => {
  const questionnaire = buildQuestionnaire({
    areas: [area('comms'), area('data')],
    questions: [
      // yes 2, partly 1, no 0, plus "I don't know" (lowest: 0) and "not applicable".
      singleQuestion('site', {
        options: [
          { id: 'yes', label: { fr: 'oui', en: 'yes' }, points: 2 },
          { id: 'partly', label: { fr: 'en partie', en: 'partly' }, points: 1 },
          { id: 'no', label: { fr: 'non', en: 'no' }, points: 0 },
          dontKnow(),
          notApplicable(),
        ],
      }),
      // a 1, b 2 (max 3), none 0 exclusive.
      multipleQuestion('tools'),
      scaleQuestion('gdpr', { area: 'data' }),
      singleQuestion('backup', { area: 'data' }),
    ],
  });

  it('when the members disagree, then the questions are ranked by the deviation of their 0-100 scores', () => {
    const topics = divergentQuestions(questionnaire, [
      { site: 'yes', tools: ['a', 'b'], gdpr: 4, backup: 'yes' },
      { site: 'no', tools: ['a'], gdpr: 3, backup: 'yes' },
      { site: 'dk', tools: ['b'], gdpr: 2, backup: 'yes' },
    ]);

    // site: 100, 0, 0 ("I don't know" scores the lowest, 0): mean 33.33; variance
    //   (66.67² + 33.33² + 33.33²) / 3 = (4444.4 + 1111.1 + 1111.1) / 3 = 2222.2; sqrt = 47.1.
    // tools: a+b = 3/3 = 100, a = 1/3 = 33.33, b = 2/3 = 66.67: mean 66.67; variance
    //   (33.33² + 33.33² + 0) / 3 = 740.7; sqrt = 27.2.
    // gdpr: 4/4 = 100, 75, 50: mean 75; variance (625 + 0 + 625) / 3 = 416.7; sqrt = 20.4.
    // backup: all 100: no disagreement, not listed.
    expect(topics).toEqual([
      {
        questionId: 'site',
        areaId: 'comms',
        n: 3,
        divergence: 47.1,
        toDiscuss: true,
        distribution: [
          { answer: 'yes', count: 1 },
          { answer: 'no', count: 1 },
          { answer: 'dk', count: 1 },
        ],
      },
      {
        questionId: 'tools',
        areaId: 'comms',
        n: 3,
        divergence: 27.2,
        toDiscuss: true,
        // Each ticked option counts once per member who ticked it.
        distribution: [
          { answer: 'a', count: 2 },
          { answer: 'b', count: 2 },
        ],
      },
      {
        questionId: 'gdpr',
        areaId: 'data',
        n: 3,
        divergence: 20.4,
        // Under the threshold of 25: shown, not flagged.
        toDiscuss: false,
        distribution: [
          { answer: '2', count: 1 },
          { answer: '3', count: 1 },
          { answer: '4', count: 1 },
        ],
      },
    ]);
  });

  it('when a member says "not applicable" or did not answer, then only the others count', () => {
    const topics = divergentQuestions(questionnaire, [
      { site: 'yes' },
      { site: 'partly' },
      { site: 'na', gdpr: 0 },
    ]);

    // site over two members: 100 and 50: mean 75, deviation 25 -> exactly the threshold.
    // gdpr: one answer only, no disagreement to measure.
    expect(topics).toEqual([
      {
        questionId: 'site',
        areaId: 'comms',
        n: 2,
        divergence: 25,
        toDiscuss: true,
        distribution: [
          { answer: 'yes', count: 1 },
          { answer: 'partly', count: 1 },
        ],
      },
    ]);
  });

  it('when many questions diverge, then only the most divergent are kept, up to the limit', () => {
    const topics = divergentQuestions(
      questionnaire,
      [
        { site: 'yes', gdpr: 4, backup: 'partly' },
        { site: 'no', gdpr: 0, backup: 'no' },
      ],
      2,
    );

    // site 100 / 0 and gdpr 100 / 0: 50 each (questionnaire order between them); backup 50 / 0: 25.
    expect(topics.map((topic) => [topic.questionId, topic.divergence])).toEqual([
      ['site', 50],
      ['gdpr', 50],
    ]);
  });
});
