import { describe, expect, it } from 'vitest';
import {
  centreName,
  chainProgress,
  type ProfileSummary,
  type QuestionnaireResponse,
} from '../../../src/domain/index.js';
import { buildQuestionnaire } from '../../support/build-questionnaire.js';

const { levels } = buildQuestionnaire(); // beginner < developing < advanced < expert

function diagnosis(
  id: string,
  submittedAt: string | null,
  overall: [number, string] = [50, 'advanced'],
): QuestionnaireResponse {
  const profile: ProfileSummary = {
    overall: { score: overall[0], level: overall[1], coverage: 1 },
    areas: [
      {
        id: 'comm',
        score: overall[0],
        level: overall[1],
        coverage: 1,
        status: 'scored',
        weight: 1,
      },
    ],
  };
  return {
    id,
    questionnaireId: 'q',
    version: '1.0.0',
    locale: 'fr',
    status: submittedAt ? 'submitted' : 'draft',
    tokenHash: 'h',
    associationName: null,
    chainId: 'first',
    previousResponseId: null,
    workshopId: null,
    shareAnswers: false,
    answers: {},
    profile: submittedAt ? profile : null,
    createdAt: '2024-01-01T00:00:00.000Z',
    updatedAt: '2024-01-01T00:00:00.000Z',
    submittedAt,
  };
}

describe('chainProgress', () => {
  it('when no diagnosis of the chain is submitted, then there is nothing to show', () => {
    expect(chainProgress([diagnosis('first', null)], () => levels)).toBeUndefined();
  });

  it('when one diagnosis is submitted, then it is the latest and there is no progress', () => {
    const found = chainProgress([diagnosis('first', '2025-01-10T00:00:00.000Z')], () => levels);

    expect(found?.latest.id).toBe('first');
    expect(found?.previous).toBeNull();
    expect(found?.progress).toBeNull();
  });

  it('when three are submitted and one taken again is still a draft, then the latest submitted is compared with the one submitted just before it', () => {
    const chain = [
      diagnosis('second', '2025-06-01T00:00:00.000Z', [30, 'developing']),
      diagnosis('draft', null),
      diagnosis('first', '2024-06-01T00:00:00.000Z', [10, 'beginner']),
      diagnosis('third', '2026-06-01T00:00:00.000Z', [62.5, 'advanced']),
    ];

    const found = chainProgress(chain, () => levels);

    expect(found?.latest.id).toBe('third');
    expect(found?.previous?.id).toBe('second');
    // 62.5 - 30 = 32.5 points; developing → advanced: one level up.
    expect(found?.progress?.overall).toMatchObject({ points: 32.5, levelSteps: 1 });
  });
});

describe('centreName', () => {
  it('when the centre has a name, then associations see it, else nothing (never its facilitator’s address)', () => {
    expect(centreName({ displayName: 'CRIB de la Gironde' })).toBe('CRIB de la Gironde');
    expect(centreName({ displayName: null })).toBeNull();
  });
});
