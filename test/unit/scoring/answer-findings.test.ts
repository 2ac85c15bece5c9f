import { describe, expect, it } from 'vitest';
import { answerFindings, scoreResponse, type Answers } from '../../../src/domain/index.js';
import {
  area,
  buildQuestionnaire,
  dontKnow,
  multipleQuestion,
  notApplicable,
  option,
  scaleQuestion,
  singleQuestion,
} from '../../support/build-questionnaire.js';

/** comms: site (yes 2 / partly 1 / no 0, dk), tools (a 1 + b 2, none); data: gdpr (0-4, na). */
const questionnaire = buildQuestionnaire({
  areas: [area('comms'), area('data')],
  questions: [
    singleQuestion('site', {
      options: [option('yes', 2), option('partly', 1), option('no', 0), dontKnow()],
    }),
    multipleQuestion('tools'),
    scaleQuestion('gdpr', { area: 'data', options: [notApplicable()] }),
    singleQuestion('backup', { area: 'data' }),
  ],
});

function findings(answers: Answers, locale = 'en') {
  return answerFindings(questionnaire, answers, scoreResponse(questionnaire, answers), locale);
}

describe('answerFindings', () => {
  it('when an answer scores at least 0.75, then it is a strength; at most 0.25, a gap', () => {
    // site yes = 2/2 = 1; tools [a] = 1/3 = 0.33 (neither); gdpr 3/4 = 0.75; backup no = 0.
    const [comms, data] = findings({ site: 'yes', tools: ['a'], gdpr: 3, backup: 'no' });

    expect(comms).toEqual({
      areaId: 'comms',
      strengths: [{ questionId: 'site', question: 'Question site', answer: 'yes' }],
      gaps: [],
      dontKnow: [],
    });
    expect(data).toEqual({
      areaId: 'data',
      strengths: [{ questionId: 'gdpr', question: 'Question gdpr', answer: '3 / 4' }],
      gaps: [{ questionId: 'backup', question: 'Question backup', answer: 'no' }],
      dontKnow: [],
    });
  });

  it('when several boxes are ticked, then the answer names each of them', () => {
    // tools [a, b] = 3/3 = 1.
    const [comms] = findings({ tools: ['a', 'b'] });
    expect(comms?.strengths).toEqual([
      { questionId: 'tools', question: 'Question tools', answer: 'a, b' },
    ]);
  });

  it('when "I don\'t know" is answered, then it is listed apart and not as a gap', () => {
    const [comms] = findings({ site: 'dk' });
    expect(comms?.dontKnow).toEqual([
      { questionId: 'site', question: 'Question site', answer: "I don't know" },
    ]);
    expect(comms?.gaps).toEqual([]);
  });

  it('when an answer is not applicable or missing, then it is in no list', () => {
    const [, data] = findings({ gdpr: 'na' });
    expect(data).toEqual({ areaId: 'data', strengths: [], gaps: [], dontKnow: [] });
  });

  it('when asked in French, then questions and answers are in French', () => {
    const [comms] = findings({ site: 'partly', tools: ['none'] }, 'fr');
    // site partly = 0.5 (neither); tools none = 0 (a gap).
    expect(comms?.strengths).toEqual([]);
    expect(comms?.gaps).toEqual([
      { questionId: 'tools', question: 'fr: Question tools', answer: 'fr: none' },
    ]);
  });
});
