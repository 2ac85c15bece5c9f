import { describe, expect, it } from 'vitest';
import { shortValue, toPointer, valueAt } from '../../../src/domain/index.js';

describe('pointers and values of a document', () => {
  it('when a path leads to a value, then valueAt answers it; when it leads nowhere, undefined', () => {
    const document = { areas: [{ id: 'Comm', 'a/b': 1 }] };

    expect(valueAt(document, ['areas', 0, 'id'])).toBe('Comm');
    expect(valueAt(document, ['areas', 0, 'a/b'])).toBe(1);
    expect(valueAt(document, ['areas', 1, 'id'])).toBeUndefined();
    expect(valueAt(document, ['areas', 0, 'id', 'length'])).toBeUndefined();
    expect(valueAt(document, ['toString'])).toBeUndefined();
    expect(toPointer(['areas', 0, 'a/b'])).toBe('/areas/0/a~1b');
  });

  it('when a value is short, then it is quoted whole, as JSON on one line', () => {
    expect(shortValue('SME.Q1.R6')).toBe('"SME.Q1.R6"');
    expect(shortValue(2)).toBe('2');
    expect(shortValue(null)).toBe('null');
    expect(shortValue({ fr: 'Oui', en: 'Yes' })).toBe('{ "fr": "Oui", "en": "Yes" }');
    expect(shortValue(['a', 'b'])).toBe('[ "a", "b" ]');
    expect(shortValue(undefined)).toBe('nothing');
  });

  it('when a value is long, then it is cut to some 50 characters with "…", its quotes or brackets kept', () => {
    const text = 'a'.repeat(80);
    const list = Array.from({ length: 30 }, (_, i) => i);

    expect(shortValue(text)).toBe(`"${'a'.repeat(49)}…"`);
    expect(shortValue(list)).toHaveLength(50);
    expect(shortValue(list)).toMatch(/^\[ 0, 1, 2, .*… \]$/);
    expect(shortValue({ text })).toMatch(/^\{ "text": "a+… \}$/);
  });

  it('when a value is huge or nested very deep, then only its start is written', () => {
    const deep: unknown = JSON.parse(`${'['.repeat(50_000)}${']'.repeat(50_000)}`);
    const wide = Array.from({ length: 100_000 }, () => ({ fr: 'Oui' }));

    expect(shortValue(deep)).toBe('[ [ [ [ [ … ] ] ] ] ]');
    expect(shortValue(wide)).toMatch(/^\[ \{ "fr": "Oui" \}, .*… \]$/);
  });
});
