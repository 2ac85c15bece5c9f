import { describe, expect, it } from 'vitest';
import { validateAnswers } from '../../../src/domain/index.js';
import {
  buildQuestionnaire,
  contextQuestion,
  dontKnow,
  exclusiveOption,
  multipleQuestion,
  notApplicable,
  option,
  scaleQuestion,
  singleQuestion,
} from '../../support/build-questionnaire.js';

const questionnaire = buildQuestionnaire({
  contextQuestions: [contextQuestion('size', ['small', 'large'])],
  questions: [
    singleQuestion('site', { options: [option('yes', 2), option('no', 0), notApplicable()] }),
    multipleQuestion('tools', {
      options: [option('a', 1), option('b', 2), exclusiveOption('none'), dontKnow()],
    }),
    scaleQuestion('team', { min: 1, max: 9, step: 2, options: [dontKnow()] }),
  ],
});

/** The single issue of a one-answer patch: its pointer and message. */
function onlyIssue(patch: Parameters<typeof validateAnswers>[1]) {
  const issues = validateAnswers(questionnaire, patch);
  expect(issues).toHaveLength(1);
  return issues[0]!;
}

describe('validateAnswers', () => {
  it('when every answer fits its question, then there is no issue', () => {
    expect(
      validateAnswers(questionnaire, {
        size: 'large',
        site: 'na',
        tools: ['a', 'b'],
        team: 5,
      }),
    ).toEqual([]);
  });

  it('when the question id is unknown, then the issue points at it', () => {
    const issue = onlyIssue({ ghost: 'yes' });
    expect(issue.pointer).toBe('/answers/ghost');
    expect(issue.message).toContain('ghost');
  });

  it('when an unknown id holds a "/" or "~", then the pointer escapes them', () => {
    expect(onlyIssue({ 'a/b~c': 'yes' }).pointer).toBe('/answers/a~1b~0c');
  });

  describe('single choice', () => {
    it('when the option is not one of the question, then the issue names it', () => {
      const issue = onlyIssue({ site: 'maybe' });
      expect(issue.pointer).toBe('/answers/site');
      expect(issue.message).toContain('"maybe"');
    });

    it('when an option of another question is sent, then it is refused', () => {
      expect(onlyIssue({ site: 'a' }).pointer).toBe('/answers/site');
    });

    it('when several options are sent as a list, then it is refused', () => {
      expect(onlyIssue({ site: ['yes', 'no'] }).pointer).toBe('/answers/site');
      expect(onlyIssue({ site: ['yes'] }).pointer).toBe('/answers/site');
    });

    it('when a number is sent, then it is refused', () => {
      expect(onlyIssue({ site: 2 }).pointer).toBe('/answers/site');
    });
  });

  describe('multiple choice', () => {
    it('when a single string is sent instead of a list, then it is refused', () => {
      expect(onlyIssue({ tools: 'a' }).pointer).toBe('/answers/tools');
    });

    it('when a number is sent, then it is refused', () => {
      expect(onlyIssue({ tools: 1 }).pointer).toBe('/answers/tools');
    });

    it('when one ticked option is not of the question, then the issue names it', () => {
      const issue = onlyIssue({ tools: ['a', 'zzz'] });
      expect(issue.pointer).toBe('/answers/tools');
      expect(issue.message).toContain('"zzz"');
    });

    it('when the exclusive "none" is ticked with another option, then it is refused', () => {
      const issue = onlyIssue({ tools: ['a', 'none'] });
      expect(issue.pointer).toBe('/answers/tools');
      expect(issue.message).toContain('"none"');
    });

    it('when "I don\'t know" is ticked with another option, then it is refused', () => {
      expect(onlyIssue({ tools: ['dk', 'b'] }).pointer).toBe('/answers/tools');
    });

    it('when the exclusive option or "I don\'t know" is ticked alone, then it is valid', () => {
      expect(validateAnswers(questionnaire, { tools: ['none'] })).toEqual([]);
      expect(validateAnswers(questionnaire, { tools: ['dk'] })).toEqual([]);
    });

    it('when an option is ticked twice, then it is refused', () => {
      expect(onlyIssue({ tools: ['a', 'a'] }).pointer).toBe('/answers/tools');
    });

    it('when the list is empty, then it is refused (null clears instead)', () => {
      expect(onlyIssue({ tools: [] }).pointer).toBe('/answers/tools');
    });
  });

  describe('scale', () => {
    it('when the number is on the scale and its steps, then it is valid', () => {
      for (const value of [1, 3, 5, 7, 9])
        expect(validateAnswers(questionnaire, { team: value })).toEqual([]);
    });

    it('when the number is outside the range, then it is refused', () => {
      expect(onlyIssue({ team: 11 }).pointer).toBe('/answers/team');
      expect(onlyIssue({ team: -1 }).pointer).toBe('/answers/team');
    });

    it('when the number is within the range but off-step, then it is refused', () => {
      // steps of 2 from 1: 4 and 2.5 are not on the scale
      expect(onlyIssue({ team: 4 }).pointer).toBe('/answers/team');
      expect(onlyIssue({ team: 2.5 }).pointer).toBe('/answers/team');
    });

    it('when a number is not finite, then it is refused', () => {
      expect(onlyIssue({ team: Number.POSITIVE_INFINITY }).pointer).toBe('/answers/team');
    });

    it('when its special option is sent, then it is valid; when another string, refused', () => {
      expect(validateAnswers(questionnaire, { team: 'dk' })).toEqual([]);
      expect(onlyIssue({ team: 'lots' }).pointer).toBe('/answers/team');
    });

    it('when a list is sent, then it is refused', () => {
      expect(onlyIssue({ team: ['dk'] }).pointer).toBe('/answers/team');
    });
  });

  describe('context questions', () => {
    it('when the context answer is one of its options, then it is valid', () => {
      expect(validateAnswers(questionnaire, { size: 'small' })).toEqual([]);
    });

    it('when the context answer is not one of its options, or not a string, then it is refused', () => {
      expect(onlyIssue({ size: 'huge' }).pointer).toBe('/answers/size');
      expect(onlyIssue({ size: ['small'] }).pointer).toBe('/answers/size');
      expect(onlyIssue({ size: 3 }).pointer).toBe('/answers/size');
    });
  });

  describe('clearing', () => {
    it('when null is sent for known questions, then it is valid', () => {
      expect(
        validateAnswers(questionnaire, { size: null, site: null, tools: null, team: null }),
      ).toEqual([]);
    });

    it('when null is sent for an unknown question, then it is refused', () => {
      expect(onlyIssue({ ghost: null }).pointer).toBe('/answers/ghost');
    });
  });

  it('when several answers are wrong, then every one is reported with its own pointer', () => {
    const issues = validateAnswers(questionnaire, {
      size: 'huge',
      site: 'yes',
      tools: [],
      team: 4,
      ghost: 'x',
    });
    expect(issues.map((i) => i.pointer)).toEqual([
      '/answers/size',
      '/answers/tools',
      '/answers/team',
      '/answers/ghost',
    ]);
  });
});
