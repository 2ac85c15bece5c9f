import type {
  CsvCell,
  ExportCell,
  ExportCsvForm,
  ExportTable,
} from '../../usecases/report-ports.js';
import { exportTexts, peopleHeadings, peopleRows } from './export-view.js';
import { writeCsv } from './write-csv.js';

/** Between the codes of a multiple choice in the CSV with identifiers (ids hold no comma). */
const CODE_SEPARATOR = ',';

/**
 * An export as CSV, through the one CSV writer (byte-order mark, ";", CRLF, formulas
 * neutralised).
 *
 * For people (`labels`): headers and codes as labels in the table's language (several joined
 * by " ; "), instants as `yyyy-mm-dd hh:mm:ss` in Paris local time (the header says so), which
 * Excel and LibreOffice read as dates in French and in English; decimal commas in French.
 *
 * For scripts (`ids`): the column ids as headers, codes as ids (several joined by ","),
 * instants as stored (ISO 8601, UTC), and a decimal point whatever the language, so that the
 * file reads the same way whichever language the workshop was in.
 *
 * @example writeExportCsv(table, 'labels') // '\uFEFFAssociation;Statut;…\r\nClub Alpha;Envoyé;…'
 */
export function writeExportCsv(table: ExportTable, form: ExportCsvForm): string {
  if (form === 'ids') {
    return writeCsv({
      rows: [table.columns.map((column) => column.id), ...table.rows.map((row) => row.map(idCell))],
      decimalComma: false,
    });
  }
  const texts = exportTexts(table);
  const rows = peopleRows(table, texts).map((row) =>
    row.map((cell): CsvCell => {
      if (cell === null) return null;
      return cell.type === 'dateTime' ? cell.text : cell.value;
    }),
  );
  return writeCsv({
    rows: [peopleHeadings(table, texts), ...rows],
    decimalComma: table.locale === 'fr',
  });
}

function idCell(cell: ExportCell): CsvCell {
  return cell === null || typeof cell === 'string' || typeof cell === 'number'
    ? cell
    : cell.join(CODE_SEPARATOR);
}
