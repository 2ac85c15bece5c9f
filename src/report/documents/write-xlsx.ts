import writeXlsxFile, { type Cell, type Row, type SheetData } from 'write-excel-file/node';
import type { ExportTable } from '../../usecases/report-ports.js';
import {
  codebookRows,
  exportText,
  exportTexts,
  peopleHeadings,
  peopleRows,
  type PeopleCell,
} from './export-view.js';

/** Column widths, in characters: wide enough for a date and time, never wider than a screen. */
const MIN_WIDTH = 10;
const MAX_WIDTH = 45;

/**
 * An export as an .xlsx workbook (write-excel-file): its first sheet as people read it, the
 * header bold and frozen, numbers as numbers, instants as date-time cells on Paris's clock
 * (a spreadsheet's date has no time zone), codes as their labels; its second sheet the
 * codebook, which gives each column's id and each code's id beside its label, to read the CSV
 * with identifiers. Cells typed as text are never run as formulas, so no cell needs the CSV's
 * apostrophe.
 *
 * It is CPU-bound and synchronous inside (XML, then deflate): about 120 ms for 200 responses
 * to asso-numerique's 87 columns on a shared 2-core machine. The app therefore runs it
 * in the document workers (see render-worker.ts), never on the event loop.
 */
export async function writeXlsx(table: ExportTable): Promise<Uint8Array> {
  const texts = exportTexts(table);
  const headings = peopleHeadings(table, texts);
  const rows = peopleRows(table, texts);
  const header: Row = headings.map((value) => ({ value, fontWeight: 'bold', wrap: true }));
  const data: SheetData = [
    header,
    ...rows.map((row) => row.map((cell) => xlsxCell(cell, texts.dateTimeFormat))),
  ];
  const codebook = codebookRows(table, texts);
  const codebookData: SheetData = [
    codebook[0]!.map((value) => ({ value, fontWeight: 'bold' })),
    ...codebook.slice(1).map((row) => row.map(textCell)),
  ];
  const buffer = await writeXlsxFile([
    {
      data,
      sheet: exportText({ word: table.sheet }, texts),
      columns: headings.map((heading, index) => ({
        width: width([heading, ...rows.map((row) => shown(row[index] ?? null))], true),
      })),
      stickyRowsCount: 1,
    },
    {
      data: codebookData,
      sheet: texts.codebook.sheet,
      columns: codebook[0]!.map((_, index) => ({
        width: width(codebook.map((row) => row[index] ?? '')),
      })),
      stickyRowsCount: 1,
    },
  ]).toBuffer();
  // Its own copy: a worker sends it back whole, not the pooled memory it may be a view of.
  return new Uint8Array(buffer);
}

function xlsxCell(cell: PeopleCell, dateTimeFormat: string): Cell {
  if (cell === null) return null;
  switch (cell.type) {
    case 'number':
      return { value: cell.value, type: Number };
    case 'dateTime':
      return { value: cell.wallClock, type: Date, format: dateTimeFormat };
    case 'text':
      return textCell(cell.value);
  }
}

function textCell(value: string): Cell {
  return value === '' ? null : { value, type: String };
}

function shown(cell: PeopleCell): string {
  if (cell === null) return '';
  return cell.type === 'number'
    ? String(cell.value)
    : cell.type === 'text'
      ? cell.value
      : cell.text;
}

/** The longest text, within bounds; a header wraps, so it counts for half its length. */
function width([first, ...others]: string[], wrappedFirst = false): number {
  const longest = others.reduce(
    (most, text) => Math.max(most, text.length),
    wrappedFirst ? Math.ceil((first ?? '').length / 2) : (first ?? '').length,
  );
  return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, longest + 2));
}
