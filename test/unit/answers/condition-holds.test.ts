import { describe, expect, it } from 'vitest';
import { conditionHolds } from '../../../src/domain/index.js';

describe('conditionHolds', () => {
  it('when the single answer is one of anyOf, then it holds; otherwise not', () => {
    expect(conditionHolds({ question: 'site', anyOf: ['yes', 'partly'] }, { site: 'partly' })).toBe(
      true,
    );
    expect(conditionHolds({ question: 'site', anyOf: ['yes', 'partly'] }, { site: 'no' })).toBe(
      false,
    );
  });

  it('when any ticked box is one of anyOf, then it holds', () => {
    expect(conditionHolds({ question: 'tools', anyOf: ['b'] }, { tools: ['a', 'b'] })).toBe(true);
    expect(conditionHolds({ question: 'tools', anyOf: ['c'] }, { tools: ['a', 'b'] })).toBe(false);
  });

  it('when the question is unanswered, then no condition holds', () => {
    expect(conditionHolds({ question: 'site', anyOf: ['yes'] }, {})).toBe(false);
    expect(conditionHolds({ question: 'team', min: 0 }, {})).toBe(false);
  });

  it('when a scale answer lies on the bounds of a range, then it holds (both inclusive)', () => {
    expect(conditionHolds({ question: 'team', min: 3, max: 7 }, { team: 3 })).toBe(true);
    expect(conditionHolds({ question: 'team', min: 3, max: 7 }, { team: 7 })).toBe(true);
    expect(conditionHolds({ question: 'team', min: 3, max: 7 }, { team: 8 })).toBe(false);
    expect(conditionHolds({ question: 'team', min: 3, max: 7 }, { team: 2 })).toBe(false);
  });

  it('when a range gives only one bound, then the other side is open', () => {
    expect(conditionHolds({ question: 'team', min: 3 }, { team: 100 })).toBe(true);
    expect(conditionHolds({ question: 'team', max: 3 }, { team: -100 })).toBe(true);
  });

  it('when a range meets a special answer (a string), then it does not hold', () => {
    expect(conditionHolds({ question: 'team', min: 0 }, { team: 'dk' })).toBe(false);
  });
});
