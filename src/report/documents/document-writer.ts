import type { DocumentWriter } from '../../usecases/report-ports.js';
import { qrCodeSvg } from './qr-code-svg.js';
import { writeCsv } from './write-csv.js';
import { writePlanCalendar } from './write-plan-calendar.js';
import { zipEntries } from './zip-entries.js';

/** The documents port: every CSV, calendar, zip and QR code the app hands out. */
export const documentWriter: DocumentWriter = {
  csv: writeCsv,
  planCalendar: writePlanCalendar,
  zip: zipEntries,
  qrCodeSvg,
};
