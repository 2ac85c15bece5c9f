import { describe, expect, test } from 'vitest';
import { writeCsv } from '../../../src/report/documents/write-csv.js';

const BOM = '\uFEFF';

/** The one data row of a table with a header "h", without the BOM and the header. */
function row(cells: Array<string | number | null | undefined>, decimalComma = true): string {
  const csv = writeCsv({ rows: [['h'], cells], decimalComma });
  expect(csv.startsWith(`${BOM}h\r\n`)).toBe(true);
  expect(csv.endsWith('\r\n')).toBe(true);
  return csv.slice(`${BOM}h\r\n`.length, -2);
}

describe('writeCsv', () => {
  test('when given rows, then it writes a BOM, ";" between fields and CRLF after every record', () => {
    expect(
      writeCsv({
        rows: [
          ['a', 'b'],
          ['c', 'd'],
        ],
        decimalComma: false,
      }),
    ).toBe('\uFEFFa;b\r\nc;d\r\n');
  });

  test.each([
    ['=1+1', "'=1+1"],
    ['+33 6 12', "'+33 6 12"],
    ['-2', "'-2"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tcmd', "'\tcmd"],
  ])(
    'when a text cell starts like a formula (%j), then it gets a leading apostrophe',
    (text, written) => {
      expect(row([text])).toBe(written);
    },
  );

  test('when a text cell starts with a carriage return, then it is neutralised and quoted', () => {
    expect(row(['\r=cmd'])).toBe(`"'\r=cmd"`);
  });

  test('when a formula character is inside the text, then the cell is left as it is', () => {
    expect(row(['a=b-c+d@e'])).toBe('a=b-c+d@e');
  });

  test('when a text holds the separator, a quote or a line break, then it is quoted and its quotes doubled', () => {
    expect(row(['a;b', 'say "hi"', 'line\nbreak', 'cr\rlf'])).toBe(
      '"a;b";"say ""hi""";"line\nbreak";"cr\rlf"',
    );
  });

  test('when a formula text also needs quotes, then the apostrophe goes inside the quotes', () => {
    expect(row(['=HYPERLINK("http://x";"y")'])).toBe(`"'=HYPERLINK(""http://x"";""y"")"`);
  });

  test('when a text has accents and other non-ASCII letters, then they are written as they are', () => {
    expect(row(['Bénévoles à l’œuvre', 'Ça déménage'])).toBe('Bénévoles à l’œuvre;Ça déménage');
  });

  test('when numbers are written with decimal commas, then a negative number stays a number', () => {
    expect(row([12.5, -3.25, 0, 100])).toBe('12,5;-3,25;0;100');
  });

  test('when decimal commas are not asked for, then numbers keep their point', () => {
    expect(row([12.5, -3.25], false)).toBe('12.5;-3.25');
  });

  test('when a cell is null, undefined or empty text, then its field is empty', () => {
    expect(row([null, undefined, '', 'x'])).toBe(';;;x');
  });
});
