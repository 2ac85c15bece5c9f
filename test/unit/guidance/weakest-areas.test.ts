import { describe, expect, it } from 'vitest';
import { scoreResponse, weakestAreas, type Answers } from '../../../src/domain/index.js';
import { area, buildQuestionnaire, singleQuestion } from '../../support/build-questionnaire.js';

/** Four areas a-d of two yes/partly/no questions each: scores step by 25. */
const questionnaire = buildQuestionnaire({
  areas: ['a', 'b', 'c', 'd'].map((id) => area(id)),
  questions: ['a', 'b', 'c', 'd'].flatMap((id) => [
    singleQuestion(`${id}1`, { area: id }),
    singleQuestion(`${id}2`, { area: id }),
  ]),
});

const weakest = (answers: Answers) =>
  weakestAreas(scoreResponse(questionnaire, answers), questionnaire.levels);

describe('weakestAreas', () => {
  it('when four areas are scored, then the three lowest below the top level, weakest first', () => {
    // a 50, b 0, c 25, d 100 (expert, left out).
    expect(
      weakest({
        a1: 'yes',
        a2: 'no',
        b1: 'no',
        b2: 'no',
        c1: 'partly',
        c2: 'no',
        d1: 'yes',
        d2: 'yes',
      }),
    ).toEqual(['b', 'c', 'a']);
  });

  it('when only three areas are scored, then two: a priority given to all is none', () => {
    // a 50, b 25, c 25 (ties keep area order), d unanswered.
    expect(
      weakest({ a1: 'yes', a2: 'no', b1: 'partly', b2: 'no', c1: 'no', c2: 'partly' }),
    ).toEqual(['b', 'c']);
  });

  it('when a single area is scored, then it is the one suggested', () => {
    expect(weakest({ a1: 'no', a2: 'no' })).toEqual(['a']);
  });

  it('when every scored area is at the top level, then none is suggested', () => {
    expect(weakest({ a1: 'yes', a2: 'yes', b1: 'yes', b2: 'partly' })).toEqual([]);
  });
});
