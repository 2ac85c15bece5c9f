import { z } from 'zod';

/**
 * The years a date of the API may fall in, both included. Wide enough for any plan, workshop
 * or file of an association, narrow enough that every date prints as a four-digit year and
 * iCalendar's DATE (exactly four digits) holds the day after the last one: 9999-12-31 would end
 * on year 10000, which no calendar reads, and 0000-01-01 would print as "1 janvier 1".
 */
export const YEAR_RANGE = { min: 1900, max: 2200 } as const;

export const YEAR_RANGE_MESSAGE = `the year must be between ${YEAR_RANGE.min} and ${YEAR_RANGE.max}`;

const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar day, YYYY-MM-DD, that exists (no 31 November), in the years of YEAR_RANGE. */
export const CalendarDay = z
  .string()
  .regex(DAY_PATTERN, 'use a date such as 2027-03-31')
  .refine(isCalendarDay, 'this day does not exist')
  .refine(hasSensibleYear, YEAR_RANGE_MESSAGE)
  .describe(`A day, YYYY-MM-DD, in the years ${YEAR_RANGE.min}-${YEAR_RANGE.max}.`);

/**
 * Whether the year an ISO 8601 date or date-time starts with is in YEAR_RANGE. A text of any
 * other shape passes: the format's own check reports it, one problem said once. The year is the
 * one written, before any offset moves the instant across a new year.
 *
 * @example hasSensibleYear('2200-12-31') // true
 * @example hasSensibleYear('9999-12-31T00:00:00Z') // false
 */
export function hasSensibleYear(text: string): boolean {
  const match = /^(\d{4})-/.exec(text);
  if (!match) return true;
  const year = Number(match[1]);
  return year >= YEAR_RANGE.min && year <= YEAR_RANGE.max;
}

/** Days in a month of the Gregorian calendar (the domain reads no Date). */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function isCalendarDay(text: string): boolean {
  // The pattern's own message covers any other shape: one problem, said once.
  if (!DAY_PATTERN.test(text)) return true;
  const [year, month, day] = text.split('-').map(Number) as [number, number, number];
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}
