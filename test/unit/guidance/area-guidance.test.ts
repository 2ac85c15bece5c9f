import { describe, expect, it } from 'vitest';
import { areaGuidance, scoreResponse, type Answers } from '../../../src/domain/index.js';
import {
  area,
  buildQuestionnaire,
  notApplicable,
  option,
  singleQuestion,
  text,
} from '../../support/build-questionnaire.js';

/** comms writes its own level texts; data does not; funding has one question that may not apply. */
const questionnaire = buildQuestionnaire({
  areas: [
    {
      ...area('comms'),
      levelTexts: {
        beginner: text('Word of mouth only'),
        developing: text('A site, rarely updated'),
        advanced: text('A site and news'),
        expert: text('A plan for every channel'),
      },
    },
    area('data'),
    area('funding'),
  ],
  questions: [
    singleQuestion('site'),
    singleQuestion('news'),
    singleQuestion('backup', { area: 'data' }),
    singleQuestion('gdpr', { area: 'data' }),
    singleQuestion('register', { area: 'data' }),
    singleQuestion('grants', {
      area: 'funding',
      options: [option('yes', 2), option('no', 0), notApplicable()],
    }),
  ],
});

function guidance(answers: Answers, locale = 'en') {
  return areaGuidance(questionnaire, answers, scoreResponse(questionnaire, answers), locale);
}

describe('areaGuidance', () => {
  it("when an area writes its own level texts, then it reads its own; else the level's description", () => {
    // comms: yes + no = 50, advanced; data: yes + partly + no = 50, advanced.
    const [comms, data] = guidance({
      site: 'yes',
      news: 'no',
      backup: 'yes',
      gdpr: 'partly',
      register: 'no',
    });

    expect(comms?.levelText).toBe('A site and news');
    expect(data?.levelText).toBe('About advanced');
    expect(guidance({ site: 'yes', news: 'no' }, 'fr')[0]?.levelText).toBe('fr: A site and news');
  });

  it('then it tells what the answers show and what moves the area up', () => {
    const [comms] = guidance({ site: 'yes', news: 'no' });

    expect(comms).toMatchObject({
      areaId: 'comms',
      status: 'scored',
      score: 50,
      levelId: 'advanced',
      strengths: [{ questionId: 'site', question: 'Question site', answer: 'yes' }],
      gaps: [{ questionId: 'news', question: 'Question news', answer: 'no' }],
      dontKnow: [],
      // news yes: 100 (+50), past expert's 75.
      nextLevel: {
        levelId: 'expert',
        pointsNeeded: 25,
        steps: [{ questionId: 'news', value: 'yes', points: 50 }],
        reached: true,
      },
      unanswered: [],
    });
  });

  it('when an area has too few answers, then it has no level text nor steps but lists what to answer', () => {
    // data: one answer of three, coverage 0.33 below 0.5.
    const [, data] = guidance({ site: 'yes', news: 'yes', backup: 'no' });

    expect(data).toMatchObject({
      status: 'insufficient',
      score: null,
      levelText: null,
      nextLevel: null,
      gaps: [{ questionId: 'backup' }],
      unanswered: [
        { questionId: 'gdpr', question: 'Question gdpr' },
        { questionId: 'register', question: 'Question register' },
      ],
    });
  });

  it('when an area does not apply, then it says nothing more', () => {
    const [, , funding] = guidance({ grants: 'na' });

    expect(funding).toMatchObject({
      status: 'notApplicable',
      levelText: null,
      nextLevel: null,
      unanswered: [],
    });
  });
});
