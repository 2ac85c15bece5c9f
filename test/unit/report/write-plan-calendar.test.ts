import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import type { PlanAction } from '../../../src/domain/index.js';
import {
  escapeText,
  foldLine,
  writePlanCalendar,
} from '../../../src/report/documents/write-plan-calendar.js';

function action(overrides: Partial<PlanAction> & Pick<PlanAction, 'id'>): PlanAction {
  return {
    areaId: null,
    recommendationId: null,
    title: 'Une action',
    owner: null,
    dueDate: null,
    cost: null,
    status: 'planned',
    position: 0,
    createdAt: '2026-11-26T09:00:00.000Z',
    updatedAt: '2026-11-26T09:30:15.250Z',
    doneAt: null,
    ...overrides,
  };
}

/** The events as Mozilla's parser reads them (the file must parse as a whole). */
function parseEvents(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return {
    calendar,
    events: calendar.getAllSubcomponents('vevent').map((vevent) => {
      const event = new ICAL.Event(vevent);
      return {
        uid: event.uid,
        summary: event.summary,
        description: event.description,
        start: event.startDate.toString(),
        startIsDate: event.startDate.isDate,
        end: event.endDate.toString(),
        stamp: vevent.getFirstPropertyValue('dtstamp')?.toString(),
        status: vevent.getFirstPropertyValue('status'),
      };
    }),
  };
}

describe('writePlanCalendar', () => {
  const areaTitles = { comm: 'Communication', data: 'Données' };

  it('when actions have due dates, then each is one all-day event on its day, sorted by date, with a stable UID, its summary and its details in French', () => {
    const text = writePlanCalendar({
      locale: 'fr',
      associationName: 'Les Amis du Vélo',
      areaTitles,
      actions: [
        action({
          id: 'b',
          title: 'Créer une page, enfin; avec \\ et tout',
          dueDate: '2027-02-28',
          owner: 'Amina (trésorière)',
          cost: 'paid',
          status: 'in_progress',
          areaId: 'comm',
          position: 1,
        }),
        action({ id: 'a', title: 'Registre RGPD', dueDate: '2027-01-15', areaId: 'data' }),
        action({ id: 'c', title: 'Sans date', position: 2 }),
        action({ id: 'd', title: 'Sauvegardes', dueDate: '2027-12-31', status: 'done' }),
      ],
    });

    const { calendar, events } = parseEvents(text);
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe(
      'Plan d’action numérique — Les Amis du Vélo',
    );
    expect(calendar.getFirstPropertyValue('prodid')).toBe("-//AssoRadar//Plan d'action//FR");
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(events).toEqual([
      {
        uid: 'a@assoradar',
        summary: 'Registre RGPD',
        description: 'Avancement : prévue\nDomaine : Données',
        start: '2027-01-15',
        startIsDate: true,
        end: '2027-01-16',
        stamp: '2026-11-26T09:30:15Z',
        status: 'TENTATIVE',
      },
      {
        uid: 'b@assoradar',
        summary: 'Créer une page, enfin; avec \\ et tout',
        description:
          'Qui : Amina (trésorière)\nCoût : payant\nAvancement : en cours\nDomaine : Communication',
        start: '2027-02-28',
        startIsDate: true,
        end: '2027-03-01',
        stamp: '2026-11-26T09:30:15Z',
        status: 'CONFIRMED',
      },
      {
        uid: 'd@assoradar',
        summary: 'Sauvegardes',
        description: 'Avancement : faite',
        start: '2027-12-31',
        startIsDate: true,
        end: '2028-01-01',
        stamp: '2026-11-26T09:30:15Z',
        status: 'CONFIRMED',
      },
    ]);
  });

  it('when the locale is English, then the names and details are in English', () => {
    const text = writePlanCalendar({
      locale: 'en',
      associationName: null,
      areaTitles: { comm: 'Communication' },
      actions: [
        action({ id: 'x', dueDate: '2027-03-01', owner: 'Tom', cost: 'free', areaId: 'comm' }),
      ],
    });
    const { calendar, events } = parseEvents(text);
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Our digital action plan');
    expect(events[0]!.description).toBe(
      'Who : Tom\nCost : free\nStatus : planned\nArea : Communication',
    );
  });

  it('when no action has a date, then the calendar is valid and empty', () => {
    const text = writePlanCalendar({
      locale: 'fr',
      associationName: null,
      areaTitles,
      actions: [action({ id: 'a' })],
    });
    expect(parseEvents(text).events).toEqual([]);
    expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
  });

  it('when texts are long and accented, then every line is CRLF-ended, at most 75 octets, and unfolds back to the text', () => {
    const title = 'Réécrire « la lettre » — ' + 'é'.repeat(150) + ' 🚲🚲🚲 fin';
    const text = writePlanCalendar({
      locale: 'fr',
      associationName: 'Association très, très; longue '.repeat(4),
      areaTitles,
      actions: [action({ id: 'long', title, dueDate: '2027-05-01' })],
    });
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of text.split('\r\n')) {
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    }
    expect(parseEvents(text).events[0]!.summary).toBe(title);
  });

  it('when the same plan is written twice, then the bytes are the same', () => {
    const source = {
      locale: 'fr',
      associationName: null,
      areaTitles,
      actions: [action({ id: 'a', dueDate: '2027-01-01' })],
    };
    expect(writePlanCalendar(source)).toBe(writePlanCalendar(source));
  });
});

describe('escapeText and foldLine', () => {
  it('escapes backslash, semicolon, comma and every kind of line break', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf\rg')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng');
  });

  it('folds at 75 octets, then 74 after the leading space, never inside a character', () => {
    const folded = foldLine('x'.repeat(74) + 'é' + 'y'.repeat(80));
    const lines = folded.split('\r\n');
    expect(lines[0]).toBe('x'.repeat(74));
    expect(lines[1]).toBe(' é' + 'y'.repeat(72));
    expect(lines[2]).toBe(' ' + 'y'.repeat(8));
  });

  it('leaves a short line alone', () => {
    expect(foldLine('SUMMARY:court')).toBe('SUMMARY:court');
  });
});
