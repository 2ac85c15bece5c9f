import { describe, expect, test } from 'vitest';
import { counted } from '../../../src/domain/index.js';

describe('a count with its noun', () => {
  test('when there is one, then the noun is singular; none or several, plural', () => {
    expect(counted(1, 'draft')).toBe('1 draft');
    expect(counted(0, 'draft')).toBe('0 drafts');
    expect(counted(12, 'warning')).toBe('12 warnings');
  });

  test('when the plural is irregular, then the given one is used', () => {
    expect(counted(2, 'entry', 'entries')).toBe('2 entries');
    expect(counted(1, 'entry', 'entries')).toBe('1 entry');
  });
});
