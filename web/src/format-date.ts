import { locale } from './i18n.js';

/**
 * The one rule for dates and times shown to users: in the page's language, on the clock of
 * Europe/Paris (the centres' reference time zone, that of the server's documents), whatever
 * the device's own zone.
 */
const TIME_ZONE = 'Europe/Paris';

type Style = 'long' | 'medium';

/** An instant's day: "26 novembre 2026" (long) or "26 nov. 2026" (medium). */
export function formatDate(iso: string, style: Style = 'long'): string {
  return format(new Date(iso), { dateStyle: style });
}

/** An instant's day and time: "26 nov. 2026, 14:05". */
export function formatDateTime(iso: string): string {
  return format(new Date(iso), { dateStyle: 'medium', timeStyle: 'short' });
}

/**
 * A calendar day without a time (a workshop's YYYY-MM-DD): noon UTC falls on that same day in
 * Paris, so the day never shifts. Anything else is shown as it came.
 */
export function formatCalendarDate(date: string, style: Style = 'long'): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return date;
  const noon = new Date(`${date}T12:00:00Z`);
  return Number.isNaN(noon.getTime()) ? date : format(noon, { dateStyle: style });
}

function format(instant: Date, options: Intl.DateTimeFormatOptions): string {
  if (Number.isNaN(instant.getTime())) return '';
  return new Intl.DateTimeFormat(locale(), { ...options, timeZone: TIME_ZONE }).format(instant);
}
