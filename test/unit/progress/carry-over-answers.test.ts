import { describe, expect, it } from 'vitest';
import { carryOverAnswers } from '../../../src/domain/index.js';
import {
  buildQuestionnaire,
  contextQuestion,
  dontKnow,
  multipleQuestion,
  option,
  scaleQuestion,
  singleQuestion,
} from '../../support/build-questionnaire.js';

/** A later version: "site" kept, "tools" lost option "b", "team" now goes 1-5, "old" removed. */
const next = buildQuestionnaire({
  contextQuestions: [contextQuestion('size', ['small', 'large'])],
  questions: [
    singleQuestion('site', { options: [option('yes', 2), option('no', 0)] }),
    multipleQuestion('tools', { options: [option('a', 1), option('c', 2), dontKnow()] }),
    scaleQuestion('team', { min: 1, max: 5, step: 1, options: [dontKnow()] }),
  ],
});

describe('carryOverAnswers', () => {
  it('when every earlier answer still fits, then all are carried and none dropped', () => {
    const previous = { size: 'small', site: 'no', tools: ['a', 'c'], team: 3 };

    expect(carryOverAnswers(next, previous)).toEqual({ answers: previous, dropped: [] });
  });

  it('when a question is gone or no longer takes the answer, then that answer is left behind, never guessed', () => {
    const previous = {
      size: 'medium', // not an option any more
      site: 'yes',
      tools: ['a', 'b'], // "b" was removed: the whole answer is left for the association to give again
      team: 7, // off the new scale
      old: 'yes', // the question was removed
      dk: 'dk',
    };

    const carried = carryOverAnswers(next, previous);

    expect(carried.answers).toEqual({ site: 'yes' });
    expect(carried.dropped).toEqual(['size', 'tools', 'team', 'old', 'dk']);
  });

  it("when the earlier answers hold keys like __proto__ or constructor, then they are dropped and no object's prototype changes", () => {
    const previous = JSON.parse(
      '{"__proto__": {"polluted": true}, "constructor": "x", "site": "no"}',
    );

    const carried = carryOverAnswers(next, previous);

    expect(carried.answers).toEqual({ site: 'no' });
    expect(Object.getPrototypeOf(carried.answers)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
