import { describe, expect, it } from 'vitest';
import {
  isWorkshopOpen,
  JOIN_CODE_ALPHABET,
  joinCodeFromBytes,
  normalizeJoinCode,
} from '../../../src/domain/index.js';

describe('join codes', () => {
  it('when the alphabet is read, then it has no character mistaken for another', () => {
    for (const lookAlike of ['0', 'O', '1', 'I', 'L'])
      expect(JOIN_CODE_ALPHABET).not.toContain(lookAlike);
    expect(new Set(JOIN_CODE_ALPHABET).size).toBe(31);
  });

  it('when bytes are turned into a code, then each byte picks a character modulo 31', () => {
    // 0 -> '2', 31 -> '2' again, 30 -> 'Z', 255 = 8 x 31 + 7 -> '9'.
    expect(joinCodeFromBytes(new Uint8Array([0, 31, 30, 255, 1, 2, 99]))).toBe('22Z934');
  });

  it('when a code is typed loosely, then case, spaces and dashes do not matter', () => {
    expect(normalizeJoinCode(' k7m-2qx ')).toBe('K7M2QX');
    expect(normalizeJoinCode('K7M 2QX')).toBe('K7M2QX');
  });
});

describe('isWorkshopOpen', () => {
  const now = '2026-11-26T10:00:00.000Z';

  it('when it has neither closing time nor closure, then it is open', () => {
    expect(isWorkshopOpen({ closesAt: null, closedAt: null }, now)).toBe(true);
  });

  it('when its closing time has come, then it is closed; a second before, it is open', () => {
    expect(isWorkshopOpen({ closesAt: now, closedAt: null }, now)).toBe(false);
    expect(isWorkshopOpen({ closesAt: '2026-11-26T10:00:01.000Z', closedAt: null }, now)).toBe(
      true,
    );
  });

  it('when the facilitator has closed it, then it is closed whatever its closing time', () => {
    expect(isWorkshopOpen({ closesAt: '2030-01-01T00:00:00.000Z', closedAt: now }, now)).toBe(
      false,
    );
  });
});
