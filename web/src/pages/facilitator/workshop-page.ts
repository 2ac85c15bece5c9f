import { ApiError } from '../../api.js';
import { downloadButton } from '../../components/download-button.js';
import { groupRadar } from '../../components/group-radar.js';
import { announce, h, onLeave, showPage } from '../../dom.js';
import { currentSession, facilitatorApi, isSignedOut } from '../../facilitator-api.js';
import { formatNumber, locale, t } from '../../i18n.js';
import { formatWorkshopDate } from '../../join-code.js';
import type { Dashboard } from '../../workshop-types.js';
import { showError } from '../error-page.js';
import {
  areasTable,
  countsSection,
  levelsTable,
  participantsTable,
  prioritiesList,
} from './dashboard-sections.js';
import { paperLinks, paperPdfUrl } from '../../components/paper-links.js';
import { facilitatorHeader } from './facilitator-header.js';
import { joinPanel } from './join-panel.js';

/** How often the dashboard asks for news while the page is visible. */
const REFRESH_MS = 3000;

/**
 * One workshop, as projected during the session: how to join, the live dashboard (refreshed
 * every 3 s while the page is visible, paused while it is hidden), the exports, and the button
 * that closes the workshop.
 */
export async function showWorkshop(
  root: HTMLElement,
  workshopId: string,
  navigate: (path: string) => void,
): Promise<void> {
  let dashboard: Dashboard;
  try {
    dashboard = await facilitatorApi.dashboard(workshopId, locale());
  } catch (error) {
    if (isSignedOut(error)) return navigate(location.hash); // The sign-in form, then back here.
    showError(root, error, () => void showWorkshop(root, workshopId, navigate));
    return;
  }
  const session = await currentSession().catch(() => undefined);
  let workshop = dashboard.workshop;

  const status = h('p', { class: 'workshop-status' });
  const counts = h('div', { class: 'counts-region', 'aria-live': 'polite', 'aria-atomic': 'true' });
  const radar = groupRadar(dashboard.levels.map((l) => l.min).filter((min) => min > 0));
  const radarNote = h('p', { class: 'meta' });
  const areas = h('div', { class: 'table-scroll' });
  const levels = h('div', { class: 'table-scroll' });
  const priorities = h('div', {});
  const participants = h('div', { class: 'table-scroll' });
  const overall = h('p', { class: 'group-overall' });
  const connection = h('p', { class: 'meta connection', 'aria-live': 'polite' });
  const closeButton = h(
    'button',
    { type: 'button', class: 'danger', id: 'close-workshop' },
    t('workshop.close'),
  );
  const closeProblem = h('div', { 'aria-live': 'polite' });

  let shown = '';
  const render = (next: Dashboard) => {
    // Redrawn only when something changed: the focus and the reading position stay put.
    const json = JSON.stringify(next);
    if (json === shown) return;
    const before = shown ? (JSON.parse(shown) as Dashboard) : undefined;
    shown = json;
    dashboard = next;
    workshop = next.workshop;
    status.replaceChildren(
      h(
        'span',
        { class: workshop.open ? 'status-open' : 'status-closed' },
        workshop.open ? t('workshop.open') : t('workshop.closed'),
      ),
      workshop.open && workshop.closesAt
        ? ` · ${t('workshop.closesAt', { time: formatInstant(workshop.closesAt) })}`
        : '',
      !workshop.open && workshop.closedAt
        ? ` · ${t('workshop.closedAt', { time: formatInstant(workshop.closedAt) })}`
        : '',
    );
    closeButton.hidden = !workshop.open;
    if (!before || JSON.stringify(before.counts) !== JSON.stringify(next.counts))
      counts.replaceChildren(countsSection(next.counts));
    overall.textContent =
      next.overall.mean === null
        ? ''
        : t('dashboard.overall', {
            score: formatNumber(next.overall.mean),
            count: next.overall.count,
          });
    const submitted = next.participants.filter((p) => p.status === 'submitted');
    radar.update({
      axes: next.areas.map((a) => a.title),
      mean: next.areas.map((a) => a.mean),
      min: next.areas.map((a) => a.min),
      max: next.areas.map((a) => a.max),
      participants: submitted.map((p) => next.areas.map((a) => p.areaScores[a.id] ?? null)),
      labels: {
        mean: t('dashboard.radar.mean'),
        spread: t('dashboard.radar.spread'),
        participants: t('dashboard.radar.participants'),
      },
    });
    radarNote.textContent =
      next.counts.submitted === 0 ? t('dashboard.radar.empty') : t('dashboard.radar.note');
    keepFocus(areas, areasTable(next));
    keepFocus(levels, levelsTable(next));
    keepFocus(priorities, prioritiesList(next));
    keepFocus(participants, participantsTable(next));
  };

  // Polling: one request at a time, none while the page is hidden (a laptop asleep, another tab).
  let timer: ReturnType<typeof setTimeout> | undefined;
  let inFlight = false;
  let stopped = false;
  const refresh = async () => {
    timer = undefined;
    if (stopped || document.hidden || inFlight) return;
    inFlight = true;
    try {
      const next = await facilitatorApi.dashboard(workshopId, locale());
      if (!stopped) render(next);
      connection.textContent = '';
    } catch (error) {
      if (stopped) return;
      if (isSignedOut(error)) return navigate(location.hash); // The sign-in form, then back here.
      connection.textContent =
        error instanceof ApiError && error.offline ? t('dashboard.offline') : t('dashboard.stale');
    } finally {
      inFlight = false;
    }
    if (!stopped && !document.hidden) timer = setTimeout(() => void refresh(), REFRESH_MS);
  };
  // Back in view: news at once, unless a request or a timer is already on its way.
  const onVisibility = () => {
    if (!document.hidden && timer === undefined && !inFlight) void refresh();
  };
  document.addEventListener('visibilitychange', onVisibility);
  onLeave(() => {
    stopped = true;
    clearTimeout(timer);
    document.removeEventListener('visibilitychange', onVisibility);
  });

  closeButton.addEventListener('click', async () => {
    if (!window.confirm(t('workshop.close.confirm'))) return;
    closeProblem.replaceChildren();
    try {
      const closed = await facilitatorApi.close(workshopId);
      render({ ...dashboard, workshop: closed });
      announce(t('workshop.closed.announce'));
      document.getElementById('workshop-title')?.focus();
    } catch (error) {
      if (isSignedOut(error)) return navigate(location.hash); // The sign-in form, then back here.
      closeProblem.replaceChildren(
        h(
          'p',
          { class: 'error', role: 'alert' },
          t('workshop.close.failed', {
            detail: error instanceof Error ? error.message : String(error),
          }),
        ),
      );
    }
  });

  const lang = locale();
  showPage(
    root,
    facilitatorHeader(session, navigate, { href: '#/animateur', label: t('workshop.back') }),
    h(
      'div',
      { class: 'workshop-head' },
      h(
        'h1',
        { id: 'workshop-title' },
        workshop.title,
        h('span', { class: 'heading-name' }, formatWorkshopDate(workshop.date, lang)),
      ),
      status,
    ),
    workshop.open
      ? paperLinks(
          {
            href: paperPdfUrl(workshop.questionnaireId, workshop.version, workshop.locale),
            label: t('paper.print'),
          },
          `#/animateur/atelier/${workshop.id}/saisie`,
        )
      : h('span'),
    h(
      'div',
      { class: 'workshop-top' },
      joinPanel(workshop),
      h(
        'section',
        { class: 'card counts-card', 'aria-labelledby': 'counts-title' },
        h('h2', { id: 'counts-title' }, t('dashboard.counts.title')),
        counts,
        overall,
        connection,
      ),
    ),
    h(
      'section',
      { class: 'card', 'aria-labelledby': 'group-radar-title' },
      h('h2', { id: 'group-radar-title' }, t('dashboard.radar.title')),
      h('div', { class: 'radar-and-table' }, h('div', {}, radar.element, radarNote), areas),
    ),
    h(
      'section',
      { class: 'card', 'aria-labelledby': 'levels-title' },
      h('h2', { id: 'levels-title' }, t('dashboard.levels.title')),
      levels,
    ),
    h(
      'section',
      { class: 'card', 'aria-labelledby': 'priorities-title' },
      h('h2', { id: 'priorities-title' }, t('dashboard.priorities.title')),
      priorities,
    ),
    h(
      'section',
      { class: 'card', 'aria-labelledby': 'participants-title' },
      h('h2', { id: 'participants-title' }, t('dashboard.participants.title')),
      participants,
    ),
    h(
      'section',
      { class: 'card exports', 'aria-labelledby': 'exports-title' },
      h('h2', { id: 'exports-title' }, t('workshop.exports.title')),
      h('p', { class: 'meta' }, t('workshop.exports.hint')),
      h(
        'div',
        { class: 'export-buttons' },
        downloadButton({
          id: 'export-csv',
          label: t('workshop.exports.csv'),
          fallbackName: 'atelier.csv',
          fetch: () => facilitatorApi.csv(workshopId),
        }),
        downloadButton({
          id: 'export-pdf',
          label: t('workshop.exports.pdf'),
          fallbackName: 'atelier.pdf',
          fetch: () => facilitatorApi.groupReport(workshopId, locale()),
        }),
        downloadButton({
          id: 'export-zip',
          label: t('workshop.exports.zip'),
          fallbackName: 'rapports.zip',
          fetch: () => facilitatorApi.reportsZip(workshopId),
          refusals: { 409: t('workshop.exports.zip.none') },
        }),
      ),
    ),
    h(
      'section',
      { class: 'card', 'aria-labelledby': 'close-title' },
      h('h2', { id: 'close-title' }, t('workshop.close.title')),
      h('p', {}, t('workshop.close.hint')),
      closeButton,
      closeProblem,
    ),
  );
  render(dashboard);
  timer = setTimeout(() => void refresh(), REFRESH_MS);
}

/** Replaces a region's content and gives the focus back to the same control if it was inside. */
function keepFocus(region: HTMLElement, content: Node): void {
  const focused = document.activeElement;
  const focusedId = focused && region.contains(focused) ? focused.id : '';
  region.replaceChildren(content);
  if (focusedId) document.getElementById(focusedId)?.focus();
}

function formatInstant(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale(), { dateStyle: 'medium', timeStyle: 'short' }).format(
    date,
  );
}
