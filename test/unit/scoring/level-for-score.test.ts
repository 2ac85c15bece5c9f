import { describe, expect, it } from 'vitest';
import { levelForScore } from '../../../src/domain/index.js';
import { buildQuestionnaire } from '../../support/build-questionnaire.js';

// beginner [0, 25), developing [25, 50), advanced [50, 75), expert [75, 100]
const { levels } = buildQuestionnaire();

describe('levelForScore', () => {
  it('when the score is 0, then it is the first level', () => {
    expect(levelForScore(levels, 0)?.id).toBe('beginner');
  });

  it('when the score is 24.9, just below a boundary, then it is the level that ends there', () => {
    expect(levelForScore(levels, 24.9)?.id).toBe('beginner');
  });

  it('when the score is exactly 25, then it is the level that starts there, not the one that ends there', () => {
    expect(levelForScore(levels, 25)?.id).toBe('developing');
  });

  it('when the score is exactly 75, then it is the top level', () => {
    expect(levelForScore(levels, 75)?.id).toBe('expert');
    expect(levelForScore(levels, 74.9)?.id).toBe('advanced');
  });

  it('when the score is exactly 100, then the top level holds it even though ranges are half-open', () => {
    expect(levelForScore(levels, 100)?.id).toBe('expert');
  });

  it('when the levels are listed in any order, then 100 still maps to the level ending at 100', () => {
    expect(levelForScore([...levels].reverse(), 100)?.id).toBe('expert');
  });

  it('when the score lies outside 0-100, then there is no level', () => {
    expect(levelForScore(levels, 100.1)).toBeUndefined();
    expect(levelForScore(levels, -1)).toBeUndefined();
  });
});
