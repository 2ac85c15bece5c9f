import { describe, expect, it } from 'vitest';
import {
  checkCarryOverSources,
  checkQuestionnaire,
  Questionnaire,
  type QuestionnaireInput,
} from '../../../src/domain/index.js';
import {
  buildQuestionnaire,
  buildQuestionnaireInput,
  multipleQuestion,
  option,
  scaleQuestion,
  singleQuestion,
} from '../../support/build-questionnaire.js';

/** 1.0.0: "site" (single yes/partly/no), "tools" (multiple a/b/none), "team" (scale 0-4). */
const v100 = buildQuestionnaire({
  questions: [singleQuestion('site'), multipleQuestion('tools'), scaleQuestion('team')],
});

/** A 1.1.0 with "website" (single yes/no), "tools", "team" (scale 1-5), "kept". */
function v110(carryOver: QuestionnaireInput['carryOver']): QuestionnaireInput {
  return buildQuestionnaireInput({
    version: '1.1.0',
    questions: [
      singleQuestion('website', { options: [option('yes', 1), option('no', 0)] }),
      multipleQuestion('tools'),
      scaleQuestion('team', { min: 1, max: 5 }),
      singleQuestion('kept'),
    ],
    carryOver,
  });
}

const issues = (carryOver: QuestionnaireInput['carryOver']) =>
  checkQuestionnaire(Questionnaire.parse(v110(carryOver)));
const sourceIssues = (carryOver: QuestionnaireInput['carryOver']) =>
  checkCarryOverSources(Questionnaire.parse(v110(carryOver)), (version) =>
    version === '1.0.0' ? v100 : undefined,
  );

describe('the carry-over declaration, checked against its own version', () => {
  it('when every rule lands on a question and option of this version, then there is no issue', () => {
    const sound: QuestionnaireInput['carryOver'] = [
      {
        from: '1.0.0',
        questions: {
          site: { to: 'website', options: { partly: 'yes', no: 'no', yes: 'yes' } },
          team: {
            values: [
              { min: 0, max: 1, to: 1 },
              { min: 2, max: 4, to: 5 },
            ],
          },
        },
        drop: ['tools'],
      },
    ];
    expect(issues(sound)).toEqual([]);
    expect(sourceIssues(sound)).toEqual([]);
  });

  it('when a rule names a question or option this version lacks, then each is reported at its pointer', () => {
    expect(
      issues([
        {
          from: '1.0.0',
          questions: {
            site: { to: 'web-site' },
            tools: { options: { a: 'c' } },
            missing: {},
          },
        },
      ]),
    ).toEqual([
      {
        pointer: '/carryOver/0/questions/site/to',
        message: 'there is no question "web-site" in this version',
      },
      {
        pointer: '/carryOver/0/questions/tools/options/a',
        message: '"c" is not an option of "tools"',
      },
      {
        pointer: '/carryOver/0/questions/missing',
        message: 'there is no question "missing" in this version',
      },
    ]);
  });

  it('when scale values are mapped on a choice question or off the scale, then each is reported', () => {
    expect(
      issues([
        {
          from: '1.0.0',
          questions: {
            site: { to: 'website', values: [{ min: 0, max: 1, to: 1 }] },
            team: { values: [{ min: 3, max: 2, to: 6 }] },
          },
        },
      ]).map((issue) => issue.pointer),
    ).toEqual([
      '/carryOver/0/questions/site/values',
      '/carryOver/0/questions/team/values/0/max',
      '/carryOver/0/questions/team/values/0/to',
    ]);
  });

  it('when two earlier questions carry into one, a question is both carried and dropped, or a version is declared twice or is not earlier, then each is reported', () => {
    expect(
      issues([
        {
          from: '1.0.0',
          questions: { site: { to: 'kept' }, kept: {} },
          drop: ['site'],
        },
        { from: '1.0.0' },
        { from: '1.1.0' },
      ]).map((issue) => issue.pointer),
    ).toEqual([
      '/carryOver/0/questions/kept',
      '/carryOver/0/drop/0',
      '/carryOver/1/from',
      '/carryOver/2/from',
    ]);
  });
});

describe('the carry-over declaration, checked against the earlier version when the catalog loads', () => {
  it('when the earlier version is unknown, then its "from" is reported', () => {
    expect(sourceIssues([{ from: '0.9.0', drop: ['site'] }])).toEqual([
      { pointer: '/carryOver/0/from', message: 'there is no version "0.9.0" of "test-radar"' },
    ]);
  });

  it('when an earlier question or option does not exist, or a rule does not fit its type, then each is reported at its pointer', () => {
    expect(
      sourceIssues([
        {
          from: '1.0.0',
          questions: {
            site: { to: 'website', options: { maybe: 'yes' } },
            tools: { to: 'kept' },
            gone: { to: 'team' },
            kept: { values: [{ min: 0, max: 4, to: 1 }] },
          },
          drop: ['never-was'],
        },
      ]),
    ).toEqual([
      {
        pointer: '/carryOver/0/questions/site/options/maybe',
        message: '"maybe" is not an option of "site" in 1.0.0',
      },
      {
        pointer: '/carryOver/0/questions/tools',
        message: 'several ticked options of "tools" cannot become one answer',
      },
      { pointer: '/carryOver/0/questions/gone', message: '1.0.0 has no question "gone"' },
      { pointer: '/carryOver/0/questions/kept', message: '1.0.0 has no question "kept"' },
      { pointer: '/carryOver/0/drop/0', message: '1.0.0 has no question "never-was"' },
    ]);
  });
});
