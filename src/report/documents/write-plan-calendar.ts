import { calendarLabels } from '../../domain/owned-plan/calendar-labels.js';
import { daysInMonth } from '../../domain/calendar/calendar-day.js';
import type { PlanAction, PlanActionStatus } from '../../domain/owned-plan/owned-plan-schema.js';
import type { PlanCalendarSource } from '../../usecases/report-ports.js';

/** RFC 5545 3.1: lines of at most 75 octets, excluding the line break. */
const MAX_LINE_OCTETS = 75;

/**
 * An event has no "done"; a planned action is still tentative, one under way or done is
 * confirmed. The description says the status in words.
 */
const EVENT_STATUS: Record<PlanActionStatus, string> = {
  planned: 'TENTATIVE',
  in_progress: 'CONFIRMED',
  done: 'CONFIRMED',
};

/**
 * The plan's actions as an iCalendar file (RFC 5545), one all-day event an action that has a due
 * date, on that day, so that deadlines land in the volunteers' agendas. Actions without a date
 * are left out. Each event's UID is stable (`<action id>@assoradar`), so importing the file again
 * updates the events rather than doubling them; DTSTAMP is the action's last change, so the same
 * plan always gives the same bytes.
 *
 * @example writePlanCalendar({ locale: 'fr', associationName: null, actions: [], areaTitles: {} })
 * // 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\n...END:VCALENDAR\r\n'
 */
export function writePlanCalendar(source: PlanCalendarSource): string {
  const labels = calendarLabels(source.locale);
  const name = source.associationName
    ? labels.calendarNameOf(source.associationName)
    : labels.calendarName;
  const dated = source.actions
    .filter((action): action is PlanAction & { dueDate: string } => action.dueDate !== null)
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.position - b.position);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:-//AssoRadar//Plan d'action//${source.locale.toUpperCase()}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `NAME:${escapeText(name)}`,
    `X-WR-CALNAME:${escapeText(name)}`,
  ];
  for (const action of dated) {
    const details = [
      action.owner ? `${labels.who} : ${action.owner}` : null,
      action.cost ? `${labels.cost} : ${labels.costs[action.cost]}` : null,
      `${labels.status} : ${labels.statuses[action.status]}`,
      action.areaId
        ? `${labels.area} : ${source.areaTitles[action.areaId] ?? action.areaId}`
        : null,
    ].filter((line): line is string => line !== null);
    lines.push(
      'BEGIN:VEVENT',
      `UID:${action.id}@assoradar`,
      `DTSTAMP:${utcStamp(action.updatedAt)}`,
      `DTSTART;VALUE=DATE:${compactDay(action.dueDate)}`,
      `DTEND;VALUE=DATE:${compactDay(nextDay(action.dueDate))}`,
      `SUMMARY:${escapeText(action.title)}`,
      `DESCRIPTION:${escapeText(details.join('\n'))}`,
      `STATUS:${EVENT_STATUS[action.status]}`,
      // A deadline does not make anyone busy all day.
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

/** RFC 5545 3.3.11: backslash, semicolon and comma escaped, line breaks as "\n". */
export function escapeText(text: string): string {
  return (
    text
      .replace(/\\/g, '\\\\')
      .replace(/;/g, '\\;')
      .replace(/,/g, '\\,')
      .replace(/\r\n|\r|\n/g, '\\n')
      // Other control characters are not allowed in a TEXT value (3.3.11, TSAFE-CHAR).
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000a-\u001f\u007f]/g, '')
  );
}

/**
 * RFC 5545 3.1: a line longer than 75 octets goes on over lines that start with a space. Cuts
 * fall between characters, never inside one's UTF-8 bytes.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const character of line) {
    const size = utf8Length(character.codePointAt(0)!);
    // A continuation line's leading space counts in its 75 octets.
    const limit = parts.length === 0 ? MAX_LINE_OCTETS : MAX_LINE_OCTETS - 1;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += character;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** The octets of one code point in UTF-8. */
function utf8Length(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

function compactDay(day: string): string {
  return day.replaceAll('-', '');
}

/** The day after a YYYY-MM-DD day, by calendar arithmetic. */
function nextDay(day: string): string {
  let [year, month, date] = day.split('-').map(Number) as [number, number, number];
  date += 1;
  if (date > daysInMonth(year, month)) {
    date = 1;
    month += 1;
  }
  if (month > 12) {
    month = 1;
    year += 1;
  }
  const pad = (value: number, width: number) => String(value).padStart(width, '0');
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(date, 2)}`;
}

/** 2026-11-26T10:15:00.123Z → 20261126T101500Z (RFC 5545 3.3.5, UTC form). */
function utcStamp(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})/.exec(iso);
  if (!match) throw new Error(`not an ISO-8601 UTC time: ${iso}`);
  const [, year, month, day, hours, minutes, seconds] = match;
  return `${year}${month}${day}T${hours}${minutes}${seconds}Z`;
}
