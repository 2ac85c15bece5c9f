import { FONT, type FontName } from './fonts.js';
import { COLOUR, PAGE, SIZE } from './page-layout.js';
import type { ReportWriter, Struct } from './report-writer.js';

/** One paragraph of a cell; with `link`, a clickable address tagged as a Link. */
export interface CellRun {
  text: string;
  font?: FontName;
  size?: number;
  colour?: string;
  link?: string;
}

export interface TableColumn {
  header: string;
  width: number;
  align?: 'left' | 'right' | 'center';
}

export interface Table {
  columns: TableColumn[];
  rows: CellRun[][][];
}

const PAD = 5;
const RUN_GAP = 2;

/**
 * A table that breaks between rows across pages, repeating its header row on each new page (as
 * decoration: screen readers get it once). Tagged Table > TR > TH | TD. A row taller than a whole
 * page is written anyway and flows onto the next page rather than losing text.
 */
export function drawTable(writer: ReportWriter, parent: Struct, table: Table): void {
  const { doc } = writer;
  const left = PAGE.margins.left;
  const headerRuns = table.columns.map((column): CellRun[] => [
    { text: column.header, font: FONT.semibold, size: SIZE.small },
  ]);
  const headerHeight = rowHeight(doc, table.columns, headerRuns);
  writer.ensureSpace(headerHeight + rowHeight(doc, table.columns, table.rows[0] ?? headerRuns));

  writer.group(parent, 'Table', (tableElement) => {
    writer.group(tableElement, 'TR', (tr) => {
      drawRow(writer, tr, table.columns, headerRuns, 'TH', headerHeight, left);
    });
    for (const row of table.rows) {
      const height = rowHeight(doc, table.columns, row);
      const pageRoom = writer.bottom - PAGE.margins.top - headerHeight;
      if (doc.y + height > writer.bottom && height <= pageRoom) {
        writer.newPage();
        writer.artifact(() =>
          drawRow(writer, undefined, table.columns, headerRuns, 'TH', headerHeight, left),
        );
      }
      writer.group(tableElement, 'TR', (rowElement) => {
        drawRow(writer, rowElement, table.columns, row, 'TD', height, left);
      });
    }
  });
  doc.x = left;
  doc.y += 8;
}

function drawRow(
  writer: ReportWriter,
  rowElement: Struct | undefined,
  columns: TableColumn[],
  cells: CellRun[][],
  cellType: 'TH' | 'TD',
  height: number,
  left: number,
): void {
  const { doc } = writer;
  const top = doc.y;
  const totalWidth = columns.reduce((sum, column) => sum + column.width, 0);
  // A repeated header is wholly an artifact already: artifacts do not nest.
  const decoration = (draw: () => void) => (rowElement ? writer.artifact(draw) : draw());
  decoration(() => {
    if (cellType === 'TH') doc.rect(left, top, totalWidth, height).fillColor(COLOUR.panel).fill();
    if (top + height > writer.bottom) return;
    doc.lineWidth(0.5).strokeColor(COLOUR.rule);
    doc
      .moveTo(left, top + height)
      .lineTo(left + totalWidth, top + height)
      .stroke();
  });
  const lefts = columns.map(
    (_, i) => left + columns.slice(0, i).reduce((sum, c) => sum + c.width, 0),
  );
  // Cells are tagged and drawn in column order, so that copying text follows the reading order;
  // a row too tall for any page draws its tallest cell last, so that when that one flows onto
  // the next page the others are already in place.
  const elements = columns.map(() =>
    rowElement
      ? writer.element(
          rowElement,
          cellType,
          undefined,
          cellType === 'TH' ? { scope: 'Column' } : {},
        )
      : undefined,
  );
  const fitsOnAPage = top + height <= writer.bottom;
  const order = columns
    .map((column, i) => ({ i, height: cellHeight(doc, column, cells[i] ?? []) }))
    .sort((a, b) => (fitsOnAPage ? 0 : a.height - b.height) || a.i - b.i);
  let lowest = top + height;
  for (const { i } of order) {
    doc.y = top + PAD;
    for (const run of cells[i] ?? [])
      drawRun(writer, elements[i], run, lefts[i]! + PAD, columns[i]!);
    elements[i]?.end();
    lowest = doc.y < top ? doc.y + PAD : Math.max(lowest, doc.y + PAD);
  }
  doc.x = left;
  doc.y = lowest;
}

function drawRun(
  writer: ReportWriter,
  parent: Struct | undefined,
  run: CellRun,
  x: number,
  column: TableColumn,
): void {
  const { doc } = writer;
  const width = column.width - 2 * PAD;
  const style = {
    font: run.font ?? FONT.regular,
    size: run.size ?? SIZE.small,
    colour: run.colour,
  };
  const write = () => {
    writer.style({ ...style, colour: run.link ? COLOUR.link : (style.colour ?? COLOUR.text) });
    doc.text(run.text, x, doc.y, {
      width,
      align: column.align ?? 'left',
      lineGap: 1,
      ...(run.link ? { link: run.link, underline: true } : {}),
    });
  };
  // Plain text goes straight into its cell (no element of its own: a report has hundreds);
  // a link needs its Link element to carry the annotation.
  if (!parent) write();
  else if (run.link) writer.element(parent, 'Link', write);
  else parent.add(write);
  doc.y += RUN_GAP;
}

function rowHeight(doc: PDFKit.PDFDocument, columns: TableColumn[], cells: CellRun[][]): number {
  const tallest = Math.max(
    0,
    ...columns.map((column, i) => cellHeight(doc, column, cells[i] ?? [])),
  );
  return tallest + 2 * PAD;
}

function cellHeight(doc: PDFKit.PDFDocument, column: TableColumn, runs: CellRun[]): number {
  let height = 0;
  for (const run of runs) {
    doc.font(run.font ?? FONT.regular).fontSize(run.size ?? SIZE.small);
    height += doc.heightOfString(run.text, { width: column.width - 2 * PAD, lineGap: 1 }) + RUN_GAP;
  }
  return height;
}
