import type { CsvTable } from '../../usecases/report-ports.js';

/** The byte-order mark that makes Excel read the file as UTF-8 rather than Windows-1252. */
const BYTE_ORDER_MARK = '\uFEFF';
/** French Excel splits on ";" (the comma is its decimal mark); every other reader lets us choose. */
const SEPARATOR = ';';
/** RFC 4180 2.1: each record ends with CRLF, the last one too. */
const RECORD_END = '\r\n';

/** A leading character that makes a spreadsheet run the cell as a formula (CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;
/** RFC 4180 2.6: a field holding the separator, a quote or a line break is quoted. */
const NEEDS_QUOTES = /[;"\r\n]/;

/**
 * Every CSV the app exports: UTF-8 with a byte-order mark, ";" between fields, CRLF after each
 * record, decimal commas when asked (French), so that Excel in French opens it right.
 *
 * Text cells that a spreadsheet would run as a formula (=, +, -, @, a tab or a carriage return
 * first) get a leading apostrophe. Numbers never do, so a negative progress stays a number.
 * @see https://owasp.org/www-community/attacks/CSV_Injection
 * @see https://www.rfc-editor.org/rfc/rfc4180
 *
 * @example writeCsv({ rows: [['name', 'score'], ['=Asso', 12.5]], decimalComma: true })
 * // '\uFEFFname;score\r\n\'=Asso;12,5\r\n'
 */
export function writeCsv(table: CsvTable): string {
  const records = table.rows.map((row) =>
    row
      .map((cell) => (typeof cell === 'string' ? textField(cell) : numberField(cell, table)))
      .join(SEPARATOR),
  );
  return `${BYTE_ORDER_MARK}${records.map((record) => record + RECORD_END).join('')}`;
}

function textField(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

function numberField(value: number | null | undefined, { decimalComma }: CsvTable): string {
  if (value === null || value === undefined) return '';
  return decimalComma ? String(value).replace('.', ',') : String(value);
}
