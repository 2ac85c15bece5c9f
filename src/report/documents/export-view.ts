import type {
  ExportCell,
  ExportColumn,
  ExportTable,
  ExportText,
} from '../../usecases/report-ports.js';
import { fill, reportTexts, type ReportTexts } from '../report-texts.js';
import { parisWallClock } from './paris-time.js';

export type ExportTexts = ReportTexts['exports'];

/** A cell as a person reads it: codes as their labels, instants on Paris's clock. */
export type PeopleCell =
  | { type: 'text'; value: string }
  | { type: 'number'; value: number }
  | { type: 'dateTime'; text: string; wallClock: Date }
  | null;

/** The export's words in the table's language (French otherwise, as the reports). */
export function exportTexts(table: Pick<ExportTable, 'locale'>): ExportTexts {
  return reportTexts(table.locale).exports;
}

/** A text of the table in its language: `{ text }` as it comes, a word with its area filled. */
export function exportText(text: ExportText, texts: ExportTexts): string {
  return 'text' in text ? text.text : fill(texts.words[text.word], { area: text.area ?? '' });
}

/** Each column's header for people; a date and time says its time zone. */
export function peopleHeadings(table: ExportTable, texts: ExportTexts): string[] {
  return table.columns.map((column) => peopleHeading(column, texts));
}

export function peopleHeading(column: ExportColumn, texts: ExportTexts): string {
  const heading = exportText(column.heading, texts);
  return column.type === 'dateTime' ? fill(texts.inParisTime, { heading }) : heading;
}

/** Every row as people read it; a code the column does not list stays as it is. */
export function peopleRows(table: ExportTable, texts: ExportTexts): PeopleCell[][] {
  const labels = table.columns.map(
    (column) => new Map(column.codes?.map((code) => [code.id, exportText(code.label, texts)])),
  );
  return table.rows.map((row) =>
    row.map((cell, index) => peopleCell(table.columns[index]!, labels[index]!, cell, texts)),
  );
}

function peopleCell(
  column: ExportColumn,
  labels: Map<string, string>,
  cell: ExportCell,
  texts: ExportTexts,
): PeopleCell {
  if (cell === null) return null;
  if (typeof cell === 'number') return { type: 'number', value: cell };
  if (typeof cell !== 'string') {
    const value = cell.map((code) => labels.get(code) ?? code).join(texts.listSeparator);
    return { type: 'text', value };
  }
  if (column.type === 'dateTime') return { type: 'dateTime', ...parisWallClock(cell) };
  return { type: 'text', value: labels.get(cell) ?? cell };
}

/**
 * The codebook: what each column of the CSV with identifiers holds, one row a column, or one
 * row a code for a coded column (its id, its header, its type, then the code and its label),
 * so that it can be filtered and joined as it is.
 */
export function codebookRows(table: ExportTable, texts: ExportTexts): string[][] {
  const { codebook } = texts;
  const header = [
    codebook.column,
    codebook.heading,
    codebook.type,
    codebook.values,
    codebook.code,
    codebook.label,
  ];
  const rows = table.columns.flatMap((column) => {
    const described = [
      column.id,
      peopleHeading(column, texts),
      columnType(column, texts),
      columnValues(column, texts),
    ];
    if (!column.codes?.length) return [[...described, '', '']];
    return column.codes.map((code) => [...described, code.id, exportText(code.label, texts)]);
  });
  return [header, ...rows];
}

function columnType(column: ExportColumn, { codebook }: ExportTexts): string {
  if (column.type === 'dateTime') return codebook.dateTime;
  if (column.type === 'number') return codebook.number;
  if (!column.codes) return codebook.text;
  return column.multiple ? codebook.codedMultiple : codebook.coded;
}

function columnValues(column: ExportColumn, { codebook }: ExportTexts): string {
  if (column.type === 'dateTime') return codebook.dateTimeValues;
  if (column.range) return fill(codebook.range, column.range);
  return '';
}
