/** The media type of an .xlsx workbook (Office Open XML spreadsheet, ECMA-376). */
export const XLSX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
