import { describe, expect, it } from 'vitest';
import { compareProfiles, type ProfileSummary } from '../../../src/domain/index.js';
import { buildQuestionnaire } from '../../support/build-questionnaire.js';

const { levels } = buildQuestionnaire(); // beginner < developing < advanced < expert

function summary(
  overall: [number | null, string | null],
  areas: Record<string, [number | null, string | null]>,
): ProfileSummary {
  return {
    overall: { score: overall[0], level: overall[1], coverage: 1 },
    areas: Object.entries(areas).map(([id, [score, level]]) => ({
      id,
      score,
      level,
      coverage: score === null ? 0 : 1,
      status: score === null ? 'insufficient' : 'scored',
      weight: 1,
    })),
  };
}

describe('compareProfiles', () => {
  it('when both diagnoses score every area, then each change is worked out in points and levels', () => {
    const lastYear = summary([32.5, 'developing'], {
      comm: [40, 'developing'],
      data: [80, 'expert'],
    });
    const thisYear = summary([58.3, 'advanced'], {
      comm: [62.5, 'advanced'],
      data: [54.1, 'advanced'],
    });

    const comparison = compareProfiles(lastYear, thisYear, levels);

    // 58.3 - 32.5 = 25.8; comm 62.5 - 40 = 22.5, one level up; data 54.1 - 80 = -25.9, one down.
    expect(comparison.overall).toEqual({
      before: 32.5,
      after: 58.3,
      points: 25.8,
      levelBefore: 'developing',
      levelAfter: 'advanced',
      levelSteps: 1,
    });
    expect(comparison.areas).toEqual([
      {
        areaId: 'comm',
        before: 40,
        after: 62.5,
        points: 22.5,
        levelBefore: 'developing',
        levelAfter: 'advanced',
        levelSteps: 1,
      },
      {
        areaId: 'data',
        before: 80,
        after: 54.1,
        points: -25.9,
        levelBefore: 'expert',
        levelAfter: 'advanced',
        levelSteps: -1,
      },
    ]);
    expect(comparison.removedAreaIds).toEqual([]);
  });

  it('when the versions differ in areas, then areas match by id, a new one has no before and a removed one is listed', () => {
    const v100 = summary([10, 'beginner'], { comm: [10, 'beginner'], paper: [20, 'beginner'] });
    const v110 = summary([60, 'advanced'], { security: [60, 'advanced'], comm: [75, 'expert'] });

    const comparison = compareProfiles(v100, v110, levels);

    expect(
      comparison.areas.map((area) => [area.areaId, area.before, area.points, area.levelSteps]),
    ).toEqual([
      ['security', null, null, null],
      ['comm', 10, 65, 3],
    ]);
    expect(comparison.removedAreaIds).toEqual(['paper']);
  });

  it('when an area was not scored on one side, then it has no points and no level change', () => {
    const before = summary([null, null], { comm: [null, null] });
    const after = summary([50, 'advanced'], { comm: [50, 'advanced'] });

    expect(compareProfiles(before, after, levels).areas[0]).toMatchObject({
      before: null,
      after: 50,
      points: null,
      levelSteps: null,
    });
    expect(compareProfiles(after, before, levels).overall).toMatchObject({
      points: null,
      levelSteps: null,
    });
  });
});
