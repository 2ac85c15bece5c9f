import { describe, expect, it } from 'vitest';
import { mergeAnswers, type Answers } from '../../../src/domain/index.js';

describe('mergeAnswers', () => {
  it('when the patch sets a value, then it replaces the old answer and keeps the others', () => {
    expect(mergeAnswers({ site: 'no', team: 3 }, { site: 'yes' })).toEqual({
      site: 'yes',
      team: 3,
    });
  });

  it('when the patch adds a new question, then it is added', () => {
    expect(mergeAnswers({ site: 'no' }, { tools: ['a', 'b'] })).toEqual({
      site: 'no',
      tools: ['a', 'b'],
    });
  });

  it('when the patch holds null, then the answer is removed', () => {
    const merged = mergeAnswers({ site: 'no', team: 3 }, { site: null });
    expect(merged).toEqual({ team: 3 });
    expect('site' in merged).toBe(false);
  });

  it('when null targets an answer that does not exist, then nothing changes', () => {
    expect(mergeAnswers({ site: 'no' }, { team: null })).toEqual({ site: 'no' });
  });

  it('when merging, then the original answers are left untouched', () => {
    const answers: Answers = { site: 'no', team: 3 };
    mergeAnswers(answers, { site: null, team: 5, tools: ['a'] });
    expect(answers).toEqual({ site: 'no', team: 3 });
  });

  it('when the patch is empty, then the result equals the answers', () => {
    expect(mergeAnswers({ site: 'no' }, {})).toEqual({ site: 'no' });
  });
});
