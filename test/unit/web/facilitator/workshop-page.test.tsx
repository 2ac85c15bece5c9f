// @vitest-environment happy-dom
import { act, cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { Dashboard } from '../../../../web/src/facilitator-api.js';
import { REFRESH_MS } from '../../../../web/src/pages/facilitator/use-dashboard.js';
import { WorkshopPage } from '../../../../web/src/pages/facilitator/workshop-page.js';
import { fakeApi } from '../support/fake-api.js';
import {
  SESSION,
  WORKSHOP_ID,
  dashboardOf,
  facilitatorFrench,
  participantOf,
  workshopOf,
} from './support.js';

const DASHBOARD = `GET /api/workshops/${WORKSHOP_ID}/dashboard`;

/** Lets the timers run for `ms`, the answers come and the page redraw. */
const elapse = (ms: number) =>
  act(async () => {
    await vi.advanceTimersByTimeAsync(ms);
  });

const countOf = (key: string) =>
  document.querySelector(`[data-count="${key}"] .count-value`)?.textContent;

let hidden = false;

describe("the workshop's dashboard", () => {
  beforeEach(async () => {
    await facilitatorFrench();
    hidden = false;
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => hidden });
    // Chart.js has no canvas to draw on here: the radar is the e2e tier's.
    vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  });
  afterEach(() => {
    cleanup();
    vi.useRealTimers();
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  /** A server whose dashboard answers the next of `answers` at each request (the last again). */
  function serve(...answers: Array<Dashboard | Error>) {
    let asked = 0;
    const api = fakeApi({
      [DASHBOARD]: () => {
        const answer = answers[Math.min(asked, answers.length - 1)]!;
        asked += 1;
        return answer instanceof Error
          ? { status: 503, body: { code: 'unavailable', detail: answer.message } }
          : { body: answer };
      },
    });
    vi.stubGlobal('fetch', api.fetch);
    return api;
  }
  const dashboardRequests = (api: ReturnType<typeof serve>) =>
    api.sent.filter((r) => r.path.startsWith(`/api/workshops/${WORKSHOP_ID}/dashboard`)).length;

  test('when a participant joins between two refreshes, then the counts change 3 s later, one request each time', async () => {
    const api = serve(
      dashboardOf(),
      dashboardOf({
        counts: { joined: 1, inProgress: 1, submitted: 0 },
        participants: [participantOf('r-1', { associationName: 'Les Amis du Parc' })],
      }),
    );
    render(<WorkshopPage workshopId={WORKSHOP_ID} session={SESSION} />);
    await elapse(0);
    expect(countOf('joined')).toBe('0');
    expect(api.sent[0]!.path).toBe(`/api/workshops/${WORKSHOP_ID}/dashboard?lang=fr`);
    // The page's heading takes the focus.
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 1 }));

    await elapse(REFRESH_MS - 1);
    expect(dashboardRequests(api)).toBe(1);
    await elapse(1);
    expect(countOf('joined')).toBe('1');
    expect(screen.getByRole('rowheader', { name: 'Les Amis du Parc' })).toBeTruthy();
    expect(dashboardRequests(api)).toBe(2);
    await elapse(REFRESH_MS);
    expect(dashboardRequests(api)).toBe(3);
  });

  test('when the page is left, then no request follows', async () => {
    const api = serve(dashboardOf());
    const { unmount } = render(<WorkshopPage workshopId={WORKSHOP_ID} session={SESSION} />);
    await elapse(0);
    await elapse(REFRESH_MS);
    expect(dashboardRequests(api)).toBe(2);
    unmount();
    await elapse(REFRESH_MS * 3);
    expect(dashboardRequests(api)).toBe(2);
  });

  test('when the page is hidden, then it asks for nothing, and asks at once when shown again', async () => {
    const api = serve(dashboardOf());
    render(<WorkshopPage workshopId={WORKSHOP_ID} session={SESSION} />);
    await elapse(0);
    hidden = true;
    await elapse(REFRESH_MS * 4);
    // The timer that was on its way found the page hidden and asked nothing.
    expect(dashboardRequests(api)).toBe(1);
    hidden = false;
    await act(async () => {
      document.dispatchEvent(new Event('visibilitychange'));
      await vi.advanceTimersByTimeAsync(0);
    });
    expect(dashboardRequests(api)).toBe(2);
    // And the rhythm resumes from there, without a second timer.
    await elapse(REFRESH_MS);
    expect(dashboardRequests(api)).toBe(3);
  });

  test('when a refresh fails, then the figures stay and the page says they may be old, until the next one comes', async () => {
    serve(
      dashboardOf({ counts: { joined: 2, inProgress: 2, submitted: 0 } }),
      new Error('down'),
      dashboardOf({ counts: { joined: 3, inProgress: 3, submitted: 0 } }),
    );
    render(<WorkshopPage workshopId={WORKSHOP_ID} session={SESSION} />);
    await elapse(0);
    await elapse(REFRESH_MS);
    expect(countOf('joined')).toBe('2');
    expect(document.querySelector('.connection')!.textContent).toMatch(
      /^Le tableau de bord n’a pas pu être mis à jour/,
    );
    await elapse(REFRESH_MS);
    expect(countOf('joined')).toBe('3');
    expect(document.querySelector('.connection')!.textContent).toBe('');
  });

  test('when the dashboard refreshes, then the focused link keeps the focus', async () => {
    const submitted = participantOf('r-1', { associationName: 'Asso A', status: 'submitted' });
    serve(
      dashboardOf({ participants: [submitted] }),
      dashboardOf({
        counts: { joined: 2, inProgress: 1, submitted: 1 },
        participants: [submitted, participantOf('r-2')],
      }),
    );
    render(<WorkshopPage workshopId={WORKSHOP_ID} session={SESSION} />);
    await elapse(0);
    const link = screen.getByRole('link', { name: 'Voir les résultats d’Asso A' });
    expect(link.getAttribute('href')).toBe(`#/animateur/atelier/${WORKSHOP_ID}/participant/r-1`);
    link.focus();
    await elapse(REFRESH_MS);
    expect(document.querySelectorAll('table.participants tbody tr')).toHaveLength(2);
    expect(document.activeElement).toBe(link);
  });

  test('when participants are unnamed and diagnoses are in, then the summaries say so in words and plurals', async () => {
    serve(
      dashboardOf({
        counts: { joined: 3, inProgress: 1, submitted: 2 },
        overall: { mean: 62.5, count: 1 },
        participants: [
          participantOf('r-1', {
            status: 'submitted',
            overallScore: 62.5,
            overallLevel: 'solid',
            shareAnswers: true,
          }),
          participantOf('r-2', { associationName: 'Asso B' }),
          participantOf('r-3'),
        ],
        priorities: Array.from({ length: 12 }, (_, i) => ({
          id: `p-${i}`,
          title: `Priorité ${i + 1}`,
          areaId: 'gov',
          count: i === 0 ? 1 : 2,
          share: i === 0 ? 0.5 : 1,
        })),
      }),
    );
    render(<WorkshopPage workshopId={WORKSHOP_ID} session={SESSION} />);
    await elapse(0);
    const names = [...document.querySelectorAll('table.participants tbody th')].map(
      (cell) => cell.textContent,
    );
    expect(names).toEqual(['Association sans nom n°1', 'Asso B', 'Association sans nom n°2']);
    expect(screen.getByText('Solide (62,5)')).toBeTruthy();
    expect(document.querySelector('.group-overall')!.textContent).toBe(
      'Indice global moyen : 62,5\u00a0/\u00a0100 (1 diagnostic envoyé)',
    );
    expect(screen.getByText('Gouvernance · 1 association sur 2')).toBeTruthy();
    // Ten priorities in view, the other two behind the disclosure.
    const lists = document.querySelectorAll('ol.shared-priorities');
    expect(lists[0]!.children).toHaveLength(10);
    expect(lists[1]!.getAttribute('start')).toBe('11');
    expect(document.querySelector('.more-priorities summary')!.textContent).toBe(
      'Voir les 2 autres priorités',
    );
    // Each participant's PDF button is named after them.
    expect(
      screen.getByRole('button', {
        name: 'Télécharger le rapport PDF d’Association sans nom n°1',
      }),
    ).toBeTruthy();
  });

  test('when one priority is left out of view, then the disclosure names it in the singular', async () => {
    serve(
      dashboardOf({
        priorities: Array.from({ length: 11 }, (_, i) => ({
          id: `p-${i}`,
          title: `Priorité ${i + 1}`,
          areaId: 'gov',
          count: 1,
          share: 0.5,
        })),
      }),
    );
    render(<WorkshopPage workshopId={WORKSHOP_ID} session={SESSION} />);
    await elapse(0);
    expect(document.querySelector('.more-priorities summary')!.textContent).toBe(
      'Voir l’autre priorité',
    );
  });

  test('when the workshop is closed from the page, then the status says so and the button goes', async () => {
    const api = fakeApi({
      [DASHBOARD]: () => ({ body: dashboardOf() }),
      'GET /api/facilitator/session': () => ({ body: SESSION }),
      [`POST /api/workshops/${WORKSHOP_ID}/close`]: () => ({
        body: workshopOf({ open: false, closedAt: '2026-05-04T12:30:00.000Z' }),
      }),
    });
    vi.stubGlobal('fetch', api.fetch);
    render(<WorkshopPage workshopId={WORKSHOP_ID} session={SESSION} />);
    await elapse(0);
    await act(async () => {
      screen.getByRole('button', { name: 'Clore l’atelier' }).click();
      await vi.advanceTimersByTimeAsync(0);
    });
    const confirm = screen.getByRole('dialog', { name: 'Clore l’atelier' });
    await act(async () => {
      within(confirm).getByRole('button', { name: 'Clore l’atelier' }).click();
      await vi.advanceTimersByTimeAsync(0);
    });
    const close = api.sent.find((r) => r.method === 'POST')!;
    expect(close.headers.get('x-csrf-token')).toBe(SESSION.csrfToken);
    // Paris time, whatever the machine's zone.
    expect(document.querySelector('.workshop-status')!.textContent).toBe(
      'Clos · clos le 4 mai 2026, 14:30',
    );
    expect(document.querySelector<HTMLButtonElement>('#close-workshop')!.hidden).toBe(true);
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 1 }));
  });
});
