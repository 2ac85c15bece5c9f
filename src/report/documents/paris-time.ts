/**
 * The time zone of every date and time an export writes for people: the centres' reference,
 * as the PDF reports and the web pages show times (web/src/format-date.ts).
 */
const TIME_ZONE = 'Europe/Paris';

const WALL_CLOCK = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

export interface ParisWallClock {
  /**
   * `yyyy-mm-dd hh:mm:ss`: Excel reads it as a date and time in every language, and so does
   * LibreOffice, which takes ISO 8601 whatever the locale's own date order (a `01/12/2026`
   * would be read as January 12 by an English spreadsheet).
   * @see https://erack.org/blog/archives/8-LibreOffice-date-acceptance-patterns.html
   */
  text: string;
  /**
   * The same wall-clock time as a Date whose UTC fields are Paris's: spreadsheets store a
   * date-time without a time zone, as the days since 1900 that the library counts from UTC.
   */
  wallClock: Date;
}

/**
 * An instant as Paris reads it on the clock, to the second, summer time included.
 *
 * @example parisWallClock('2026-12-01T19:34:27.119Z').text // '2026-12-01 20:34:27'
 * @example parisWallClock('2026-07-01T19:34:27Z').text // '2026-07-01 21:34:27'
 */
export function parisWallClock(iso: string): ParisWallClock {
  const parts = Object.fromEntries(
    WALL_CLOCK.formatToParts(new Date(iso)).map((part) => [part.type, part.value]),
  );
  const [year, month, day, hour, minute, second] = [
    parts.year,
    parts.month,
    parts.day,
    parts.hour,
    parts.minute,
    parts.second,
  ].map(Number) as [number, number, number, number, number, number];
  return {
    text: `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}:${parts.second}`,
    wallClock: new Date(Date.UTC(year, month - 1, day, hour, minute, second)),
  };
}
