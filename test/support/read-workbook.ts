import readXlsxFile from 'read-excel-file/node';

/**
 * An .xlsx as a spreadsheet shows it, with read-excel-file: each sheet's name and rows, a
 * date-time cell as a Date to the nearest second (as `ss` shows it). A date-time is stored as a
 * fraction of days, which comes back within a millisecond of the time written.
 */
export async function readWorkbook(bytes: Buffer) {
  const sheets = await readXlsxFile(bytes);
  return sheets.map(({ sheet, data }) => ({
    sheet,
    data: data.map((row) => row.map(toTheSecond)),
  }));
}

function toTheSecond<T>(cell: T): T | Date {
  return cell instanceof Date ? new Date(Math.round(cell.getTime() / 1000) * 1000) : cell;
}
