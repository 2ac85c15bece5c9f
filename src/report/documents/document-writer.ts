import type { DocumentWriter, ExportTable } from '../../usecases/report-ports.js';
import { qrCodeSvg } from './qr-code-svg.js';
import { writeCsv } from './write-csv.js';
import { writeExportCsv } from './write-export-csv.js';
import { writePlanCalendar } from './write-plan-calendar.js';
import { writeXlsx } from './write-xlsx.js';
import { zipEntries } from './zip-entries.js';

/**
 * The documents port: every CSV, workbook, calendar, zip and QR code the app hands out. The
 * workbooks are written by `xlsx`: the app gives the document workers' (off the event loop),
 * the default writes them on the calling thread.
 */
export function makeDocumentWriter(
  xlsx: (table: ExportTable) => Promise<Uint8Array> = writeXlsx,
): DocumentWriter {
  return {
    csv: writeCsv,
    exportCsv: writeExportCsv,
    exportXlsx: xlsx,
    planCalendar: writePlanCalendar,
    zip: zipEntries,
    qrCodeSvg,
  };
}
