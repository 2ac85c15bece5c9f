import { describe, expect, it } from 'vitest';
import { carryOverAnswers } from '../../../src/domain/index.js';
import {
  buildQuestionnaire,
  dontKnow,
  multipleQuestion,
  option,
  scaleQuestion,
  singleQuestion,
} from '../../support/build-questionnaire.js';

/*
 * A 2.0.0 that declares how 1.0.0 answers carry over:
 * - "site" was renamed "website";
 * - "tools" merged options "mail" and "newsletter" into "email", and "fax" maps to nothing;
 * - "channels" (single) was split into "online" (multiple) and "printed" (single);
 * - "team" went from 1-10 to 1-5 by ranges;
 * - "budget" is dropped although a "budget" question still exists (its meaning changed).
 */
const next = buildQuestionnaire({
  version: '2.0.0',
  questions: [
    singleQuestion('website', { options: [option('yes', 2), option('no', 0), dontKnow()] }),
    multipleQuestion('tools', {
      options: [option('email', 1), option('chat', 1), option('none', 0)],
    }),
    multipleQuestion('online', { options: [option('web', 1), option('social', 1)] }),
    singleQuestion('printed', { options: [option('posters', 1), option('nothing', 0)] }),
    scaleQuestion('team', { min: 1, max: 5 }),
    singleQuestion('budget'),
    singleQuestion('kept'),
  ],
  carryOver: [
    {
      from: '1.0.0',
      questions: {
        site: { to: 'website' },
        tools: { options: { mail: 'email', newsletter: 'email', fax: null } },
        channels: [
          { to: 'online', options: { website: 'web', facebook: 'social', posters: null } },
          { to: 'printed', options: { website: null, facebook: null } },
        ],
        team: {
          values: [
            { min: 1, max: 4, to: 1 },
            { min: 5, max: 8, to: 3 },
            { min: 9, max: 10, to: 5 },
          ],
        },
      },
      drop: ['budget'],
    },
  ],
});

describe('carryOverAnswers with a declared carry-over', () => {
  it('when a question was renamed, then its answer moves to the new id', () => {
    expect(carryOverAnswers(next, { site: 'yes' }, '1.0.0')).toEqual({
      answers: { website: 'yes' },
      dropped: [],
    });
  });

  it('when two options were merged, then they tick the merged option once; an option mapped to nothing is left out', () => {
    const carried = carryOverAnswers(
      next,
      { tools: ['mail', 'newsletter', 'fax', 'chat'] },
      '1.0.0',
    );

    expect(carried.answers).toEqual({ tools: ['email', 'chat'] });
  });

  it('when every ticked option maps to nothing, then the answer is left behind', () => {
    expect(carryOverAnswers(next, { tools: ['fax'] }, '1.0.0')).toEqual({
      answers: {},
      dropped: ['tools'],
    });
  });

  it('when a question was split, then its answer goes to whichever new question takes it', () => {
    expect(carryOverAnswers(next, { channels: 'facebook' }, '1.0.0').answers).toEqual({
      online: ['social'],
    });
    expect(carryOverAnswers(next, { channels: 'posters' }, '1.0.0').answers).toEqual({
      printed: 'posters',
    });
  });

  it('when a scale changed its range, then each value lands where its range says', () => {
    expect(carryOverAnswers(next, { team: 4 }, '1.0.0').answers).toEqual({ team: 1 });
    expect(carryOverAnswers(next, { team: 7 }, '1.0.0').answers).toEqual({ team: 3 });
    expect(carryOverAnswers(next, { team: 10 }, '1.0.0').answers).toEqual({ team: 5 });
  });

  it('when a question is declared dropped or was removed, then its answer is left behind even if an id still matches', () => {
    const carried = carryOverAnswers(next, { budget: 'yes', removed: 'x', kept: 'no' }, '1.0.0');

    expect(carried).toEqual({ answers: { kept: 'no' }, dropped: ['budget', 'removed'] });
  });

  it('when the answers come from a version with no declaration, then only same-id answers that fit are kept', () => {
    const carried = carryOverAnswers(next, { site: 'yes', budget: 'yes', team: 7 }, '0.9.0');

    expect(carried).toEqual({ answers: { budget: 'yes' }, dropped: ['site', 'team'] });
  });
});
