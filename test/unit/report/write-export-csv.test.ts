import { describe, expect, test } from 'vitest';
import { parisWallClock } from '../../../src/report/documents/paris-time.js';
import { writeExportCsv } from '../../../src/report/documents/write-export-csv.js';
import type { ExportTable } from '../../../src/usecases/report-ports.js';

/** A small export: a name, a time, a signed number and a multiple choice. */
function table(locale: string, rows: ExportTable['rows']): ExportTable {
  return {
    locale,
    sheet: 'responsesSheet',
    columns: [
      { id: 'association', heading: { word: 'association' }, type: 'text' },
      { id: 'submitted_at', heading: { word: 'submittedAt' }, type: 'dateTime' },
      { id: 'comm_points', heading: { word: 'areaPoints', area: 'Communication' }, type: 'number' },
      {
        id: 'channels',
        heading: { text: 'Quels canaux ?' },
        type: 'text',
        multiple: true,
        codes: [
          { id: 'newsletter', label: { text: 'Lettre' } },
          { id: 'social', label: { text: 'Réseaux; sociaux' } },
        ],
      },
    ],
    rows,
  };
}

const lines = (csv: string) => csv.replace(/^\uFEFF/, '').split('\r\n');

describe('writeExportCsv and Paris time', () => {
  test.each([
    // The last second of winter time, then the first of summer time (29 March 2026, 2:00 → 3:00).
    ['2026-03-29T00:59:59Z', '2026-03-29 01:59:59'],
    ['2026-03-29T01:00:00Z', '2026-03-29 03:00:00'],
    // Back to winter time (25 October 2026, 3:00 → 2:00): 2:30 happens twice.
    ['2026-10-25T00:30:00Z', '2026-10-25 02:30:00'],
    ['2026-10-25T01:30:00Z', '2026-10-25 02:30:00'],
    // Midnight in Paris is still the previous day in UTC.
    ['2026-12-31T23:00:00.999Z', '2027-01-01 00:00:00'],
  ])('when the instant is %s, then Paris reads %s', (iso, text) => {
    expect(parisWallClock(iso).text).toBe(text);
    const [day, time] = text.split(' ') as [string, string];
    expect(parisWallClock(iso).wallClock.toISOString()).toBe(`${day}T${time}.000Z`);
  });

  test('when written for people, then headers are words, codes labels, a negative a number and a formula neutralised', () => {
    const csv = writeExportCsv(
      table('fr', [
        ['=HYPERLINK("x")', '2026-12-01T19:34:27.119Z', -12.5, ['newsletter', 'social']],
      ]),
      'labels',
    );

    expect(lines(csv)).toEqual([
      'Association;Envoyé le (heure de Paris);Évolution — Communication (points);Quels canaux ?',
      `"'=HYPERLINK(""x"")";2026-12-01 20:34:27;-12,5;"Lettre ; Réseaux; sociaux"`,
      '',
    ]);
  });

  test('when written with identifiers, then ids, UTC instants and a decimal point, whatever the language', () => {
    const csv = writeExportCsv(
      table('fr', [['=A1', '2026-12-01T19:34:27.119Z', -12.5, ['newsletter', 'social']]]),
      'ids',
    );

    expect(lines(csv)).toEqual([
      'association;submitted_at;comm_points;channels',
      "'=A1;2026-12-01T19:34:27.119Z;-12.5;newsletter,social",
      '',
    ]);
  });

  test('when a code is not one the column lists, or a cell is empty, then it is written as it is', () => {
    const csv = writeExportCsv(table('en', [[null, null, null, ['gone']]]), 'labels');

    expect(lines(csv)).toEqual([
      'Association;Submitted (Paris time);Change — Communication (points);Quels canaux ?',
      ';;;gone',
      '',
    ]);
  });
});
