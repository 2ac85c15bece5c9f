import { describe, expect, test } from 'vitest';
import { PLACEHOLDER, primaryCovers, visualRuns } from '../../../src/report/pdf/font-runs.js';

describe('visualRuns: a line cut into runs of one font each, in drawing order', () => {
  test('when a name is in Latin, Greek or Cyrillic, then Source Sans draws it in one run', () => {
    expect(visualRuns('Les Amis du Vélo · Ελλάδα · Дружба')).toEqual([
      { face: 'primary', text: 'Les Amis du Vélo · Ελλάδα · Дружба', rtl: false },
    ]);
    expect(primaryCovers('Ελλάδα Дружба « 10 € »')).toBe(true);
    expect(primaryCovers('שלום')).toBe(false);
  });

  test('when a French line holds two Arabic words, then they are drawn right to left, each word in typed order for shaping', () => {
    // Typed: "Club " + جمعية + " " + الخير; read right to left, جمعية is the rightmost.
    expect(visualRuns('Club جمعية الخير')).toEqual([
      { face: 'primary', text: 'Club ', rtl: false },
      { face: 'arabic', text: 'الخير', rtl: true },
      { face: 'primary', text: ' ', rtl: true },
      { face: 'arabic', text: 'جمعية', rtl: true },
    ]);
  });

  test('when Hebrew is followed by a number, then the number stays left to right, placed as the bidirectional algorithm says', () => {
    // An RTL run with a number: "שלום עולם 2024" reads, left to right, "2024 עולם שלום".
    expect(visualRuns('שלום עולם 2024').map((run) => run.text)).toEqual([
      '2024',
      ' ',
      'עולם',
      ' ',
      'שלום',
    ]);
  });

  test('when a name has emoji, then they go to the emoji font with their skin tones, joiners and variation selectors', () => {
    expect(visualRuns('Vélo 👍🏽 👨‍👩‍👧')).toEqual([
      { face: 'primary', text: 'Vélo ', rtl: false },
      { face: 'emoji', text: '👍🏽', rtl: false },
      { face: 'primary', text: ' ', rtl: false },
      { face: 'emoji', text: '👨‍👩‍👧', rtl: false },
    ]);
  });

  test('when a character no embedded font has appears (CJK, private use), then it becomes the placeholder in Source Sans', () => {
    expect(visualRuns('Club 漢字 \u{10fffd}')).toEqual([
      { face: 'primary', text: `Club ${PLACEHOLDER}${PLACEHOLDER} ${PLACEHOLDER}`, rtl: false },
    ]);
  });
});
