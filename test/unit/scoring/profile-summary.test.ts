import { describe, expect, it } from 'vitest';
import {
  explainSummary,
  scoreResponse,
  summarizeProfile,
  type ProfileSummary,
} from '../../../src/domain/index.js';
import {
  area,
  buildQuestionnaire,
  scaleQuestion,
  singleQuestion,
} from '../../support/build-questionnaire.js';
import { findArea } from '../../support/find-area.js';

/*
 * Two areas, default levels (beginner [0, 25), developing [25, 50), advanced [50, 75),
 * expert [75, 100]), coverage threshold 0.5. Worked out by hand for the answers below:
 *   comms (weight 2): site partly = 1/2 (w1), share 3 of 0..4 = 3/4 (w1)
 *         -> 100 * (0.5 + 0.75) / 2 = 62.5, advanced; contributions 25 and 37.5.
 *   data (weight 1): backup yes = 2/2 (w1) -> 100, expert; contribution 100.
 *   overall: (2 * 62.5 + 1 * 100) / 3 = 75, expert; coverage 1.
 */
const questionnaire = buildQuestionnaire({
  areas: [area('comms', 2), area('data')],
  questions: [
    singleQuestion('site'),
    scaleQuestion('share'),
    singleQuestion('backup', { area: 'data' }),
  ],
});
const answers = { site: 'partly', share: 3, backup: 'yes' };

describe('summarizeProfile', () => {
  const profile = scoreResponse(questionnaire, answers);

  it('when a profile is summarized, then the overall result and each area score, level, coverage, status and weight are kept', () => {
    const summary = summarizeProfile(profile);

    expect(summary).toEqual({
      overall: { score: 75, level: 'expert', coverage: 1 },
      areas: [
        { id: 'comms', score: 62.5, level: 'advanced', coverage: 1, status: 'scored', weight: 2 },
        { id: 'data', score: 100, level: 'expert', coverage: 1, status: 'scored', weight: 1 },
      ],
    });
  });

  it('when a profile is summarized, then no area keeps its explanation', () => {
    const summary = summarizeProfile(profile);

    for (const summarized of summary.areas) {
      expect(summarized).not.toHaveProperty('explanation');
    }
    // The profile it came from is left whole.
    expect(findArea(profile, 'comms').explanation.questions).toHaveLength(2);
  });
});

describe('explainSummary', () => {
  const recomputed = scoreResponse(questionnaire, answers);

  it('when the summary agrees with the recomputed profile, then it gives the recomputed profile back', () => {
    expect(explainSummary(summarizeProfile(recomputed), recomputed, questionnaire.levels)).toEqual(
      recomputed,
    );
  });

  it('when the scoring changed since the submission, then the stored scores and levels win and the explanation is the recomputed one', () => {
    // As if an earlier scoring code had given comms 48 (developing) and the overall 65.3.
    const stored = summarizeProfile(recomputed);
    const storedComms = findArea(stored, 'comms');
    storedComms.score = 48;
    storedComms.level = 'developing';
    stored.overall = { score: 65.3, level: 'advanced', coverage: 1 };

    const explained = explainSummary(stored, recomputed, questionnaire.levels);

    expect(explained.overall).toEqual({ score: 65.3, level: 'advanced', coverage: 1 });
    const comms = findArea(explained, 'comms');
    expect(comms).toMatchObject({ score: 48, level: 'developing', coverage: 1, status: 'scored' });
    // The per-question explanation is that of today's scoring: site 25 + share 37.5.
    expect(comms.explanation.questions).toEqual([
      { id: 'site', outcome: 'scored', weight: 1, score: 0.5, contribution: 25 },
      { id: 'share', outcome: 'scored', weight: 1, score: 0.75, contribution: 37.5 },
    ]);
    expect(comms.explanation.coverageThreshold).toBe(0.5);
    // The level range shown is the stored level's (developing), not today's (advanced).
    expect(comms.explanation.level).toEqual({ min: 25, max: 50 });
    // The area that did not change is untouched.
    expect(findArea(explained, 'data')).toEqual(findArea(recomputed, 'data'));
  });

  it('when a stored area is missing from the recomputed profile, then it keeps its scores with an empty explanation', () => {
    const stored: ProfileSummary = {
      ...summarizeProfile(recomputed),
      areas: [
        ...summarizeProfile(recomputed).areas,
        { id: 'legacy', score: 40, level: 'developing', coverage: 1, status: 'scored', weight: 1 },
      ],
    };

    const explained = explainSummary(stored, recomputed, questionnaire.levels);

    expect(findArea(explained, 'legacy')).toEqual({
      id: 'legacy',
      score: 40,
      level: 'developing',
      coverage: 1,
      status: 'scored',
      weight: 1,
      explanation: { coverageThreshold: 0, level: { min: 25, max: 50 }, questions: [] },
    });
  });

  it('when the recomputed profile has an area the summary lacks, then it is not added', () => {
    const stored: ProfileSummary = {
      ...summarizeProfile(recomputed),
      areas: summarizeProfile(recomputed).areas.filter((summarized) => summarized.id !== 'data'),
    };

    const explained = explainSummary(stored, recomputed, questionnaire.levels);

    expect(explained.areas.map((explainedArea) => explainedArea.id)).toEqual(['comms']);
  });
});
