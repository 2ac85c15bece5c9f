import { describe, expect, it } from 'vitest';
import { compareVersions } from '../../../src/domain/index.js';

describe('compareVersions', () => {
  it('when minor versions differ in digit count, then they compare as numbers (1.10.0 > 1.2.0)', () => {
    expect(compareVersions('1.10.0', '1.2.0')).toBeGreaterThan(0);
    expect(compareVersions('1.2.0', '1.10.0')).toBeLessThan(0);
  });

  it('when sorting, then versions come out in numeric order', () => {
    expect(['1.10.0', '2.0.0', '1.2.0', '1.2.10', '1.2.9', '0.9.0'].sort(compareVersions)).toEqual([
      '0.9.0',
      '1.2.0',
      '1.2.9',
      '1.2.10',
      '1.10.0',
      '2.0.0',
    ]);
  });

  it('when the versions are equal, then the result is 0', () => {
    expect(compareVersions('1.2.3', '1.2.3')).toBe(0);
    expect(compareVersions('1.2.3-beta', '1.2.3-beta')).toBe(0);
  });

  it('when one is a pre-release of the other, then the pre-release comes first', () => {
    expect(compareVersions('1.0.0-beta', '1.0.0')).toBeLessThan(0);
    expect(compareVersions('1.0.0', '1.0.0-beta')).toBeGreaterThan(0);
  });

  it('when a pre-release has a higher core, then the core decides', () => {
    expect(compareVersions('1.1.0-alpha', '1.0.0')).toBeGreaterThan(0);
  });

  it('when two pre-releases of the same version differ, then they compare by their labels', () => {
    expect(compareVersions('1.0.0-alpha', '1.0.0-beta')).toBeLessThan(0);
    expect(compareVersions('1.0.0-alpha', '1.0.0-alpha.1')).toBeLessThan(0);
  });
  it('when numeric pre-release identifiers differ in digit count, then they compare as numbers (beta.10 > beta.2)', () => {
    expect(compareVersions('1.0.0-beta.10', '1.0.0-beta.2')).toBeGreaterThan(0);
  });
});
