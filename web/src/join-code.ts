/**
 * A join code as typed: the server ignores case, spaces and dashes, and so does the address the
 * page builds ("k7m 2qx" and "K7M-2QX" both open #/atelier/K7M2QX).
 */
export function normalizeJoinCode(typed: string): string {
  return typed.replace(/[\s-]+/g, '').toUpperCase();
}

/** The code as shown to be read aloud or copied from a screen: two groups of three. */
export function displayJoinCode(code: string): string {
  return code.length === 6 ? `${code.slice(0, 3)} ${code.slice(3)}` : code;
}

/**
 * A workshop date (YYYY-MM-DD) in words, in the page's language, whatever the time zone.
 * @deprecated Use formatCalendarDate (format-date.ts), the one date rule of the pages.
 */
export function formatWorkshopDate(date: string, lang: string): string {
  const day = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(day.getTime())) return date;
  return new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(day);
}
