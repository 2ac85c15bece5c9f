// @vitest-environment happy-dom
import { beforeEach, describe, expect, test } from 'vitest';
import { setLocale } from '../../../web/src/i18n.js';
import { separateLabels, type LabelBox } from '../../../web/src/components/radar-label-spacing.js';
import { valueLabels, wrap } from '../../../web/src/components/radar-labels.js';

const box = (left: number, top: number, width: number, height: number): LabelBox => ({
  y: top,
  top,
  bottom: top + height,
  left,
  right: left + width,
});

describe("the radar's labels", () => {
  beforeEach(async () => {
    await setLocale('fr');
  });

  test('when an area has a score, then its label ends with it, in French figures; without one, with a dash', () => {
    expect(
      valueLabels(
        ['Recrutement et engagement des bénévoles', 'Réseaux sociaux'],
        [62.5, null],
        false,
      ),
    ).toEqual([
      ['Recrutement et', 'engagement des', 'bénévoles', '62,5'],
      ['Réseaux sociaux', '—'],
    ]);
  });

  test('when the screen is narrow, then each area is its number and its score, the names left to the key', () => {
    expect(
      valueLabels(
        ['Recrutement et engagement des bénévoles', 'Réseaux sociaux'],
        [62.5, null],
        true,
      ),
    ).toEqual([['1 · 62,5'], ['2 · —']]);
  });

  test('when a name is long, then it is wrapped at spaces into lines of about the width asked', () => {
    expect(wrap('Outils collaboratifs et travail à distance', 14)).toEqual([
      'Outils',
      'collaboratifs',
      'et travail à',
      'distance',
    ]);
  });

  test('when two labels below the centre meet, then the lower one moves down until 3 px apart, and the other stays', () => {
    // Centre at y = 100; the first label from 140 to 196, the second from 180 to 250, overlapping.
    const upper = box(200, 140, 90, 56);
    const lower = box(150, 180, 80, 70);
    separateLabels([upper, lower], 100);
    expect(upper).toEqual(box(200, 140, 90, 56));
    expect(lower).toEqual(box(150, 199, 80, 70));
  });

  test('when two labels above the centre meet, then the higher one moves up; labels apart, or on either side of the centre, stay', () => {
    const lower = box(200, 40, 90, 40); // 40-80
    const higher = box(150, 10, 80, 40); // 10-50
    const apart = box(0, 0, 40, 20);
    const across = box(180, 90, 60, 30); // straddles the centre: never moved
    separateLabels([lower, higher, apart, across], 100);
    expect(higher).toEqual(box(150, -3, 80, 40));
    expect(lower).toEqual(box(200, 40, 90, 40));
    expect(apart).toEqual(box(0, 0, 40, 20));
    expect(across).toEqual(box(180, 90, 60, 30));
  });
});
