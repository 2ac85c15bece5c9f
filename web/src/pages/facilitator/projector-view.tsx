import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { GroupRadar } from '../../components/group-radar.js';
import type { Dashboard } from '../../facilitator-api.js';
import { formatNumber, t } from '../../i18n.js';
import { displayJoinCode } from '../../join-code.js';
import { CountsSection } from './dashboard-sections.js';
import { groupRadarData } from './group-radar-data.js';
import { JoinQr } from './join-qr.js';

/** What the room sees: how to join, or the group's results once a first diagnosis is in. */
export type ProjectorMode = 'join' | 'results';

/** The keys that switch the view, as the buttons say them: J(oin) / R(ésultats, esults). */
const MODE_KEYS: Record<string, ProjectorMode> = { j: 'join', r: 'results' };

/**
 * The projector's view of a workshop, on the whole screen (the browser's full screen where
 * allowed): a bar with the title, the switch between "join" and "results" and a discreet way out,
 * above the content rather than over it; then the code and QR code, or the group radar and how
 * many associations stand at each level; the live counts at the bottom in both. It follows the
 * dashboard as it refreshes. Keyboard: J and R switch, Escape leaves, Tab stays in the bar.
 */
export function ProjectorView({
  dashboard,
  onClose,
}: {
  dashboard: Dashboard;
  onClose: () => void;
}) {
  const [mode, setMode] = useState<ProjectorMode>('join');
  const overlay = useRef<HTMLDivElement>(null);
  const close = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    close.current?.focus();
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') return onClose();
      if (event.key === 'Tab') return keepFocusInside(event, overlay.current);
      const next = MODE_KEYS[event.key.toLowerCase()];
      if (next && !event.ctrlKey && !event.metaKey && !event.altKey) setMode(next);
    };
    // Escape in real full screen is the browser's: it leaves full screen, and the view with it.
    const onFullScreenChange = () => {
      if (!document.fullscreenElement) onClose();
    };
    let left = false;
    document.addEventListener('keydown', onKey);
    overlay.current
      ?.requestFullscreen?.()
      .then(() => !left && document.addEventListener('fullscreenchange', onFullScreenChange))
      .catch(() => {});
    return () => {
      left = true;
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('fullscreenchange', onFullScreenChange);
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => {});
    };
  }, []);
  const { workshop } = dashboard;
  const switchTo = (to: ProjectorMode, label: string, key: string) => (
    <button
      type="button"
      class="projector-mode"
      data-mode={to}
      aria-pressed={mode === to}
      aria-keyshortcuts={key}
      onClick={() => setMode(to)}
    >
      {label}
    </button>
  );
  return (
    <div
      ref={overlay}
      class={`full-screen projector projector-${mode}`}
      role="dialog"
      aria-modal="true"
      aria-labelledby="full-screen-title"
    >
      <div class="projector-bar">
        <h2 id="full-screen-title" class="full-screen-title">
          {workshop.title}
        </h2>
        <div class="projector-controls" role="group" aria-label={t('projector.modes')}>
          {switchTo('join', t('projector.join'), 'J')}
          {switchTo('results', t('projector.results'), 'R')}
          <button ref={close} type="button" class="close-full-screen" onClick={onClose}>
            {t('workshop.fullScreen.close')}
          </button>
        </div>
      </div>
      <div class="projector-main" aria-live="polite">
        {mode === 'join' ? (
          <JoinView dashboard={dashboard} />
        ) : (
          <ResultsView dashboard={dashboard} />
        )}
      </div>
      <div class="projector-counts">
        <CountsSection counts={dashboard.counts} />
      </div>
    </div>
  );
}

function JoinView({ dashboard }: { dashboard: Dashboard }) {
  const { workshop } = dashboard;
  return (
    <div class="full-screen-body">
      <div>
        <p class="full-screen-hint">{t('workshop.fullScreen.hint')}</p>
        <p class="full-screen-code" data-code={workshop.joinCode}>
          {displayJoinCode(workshop.joinCode)}
        </p>
        <p class="full-screen-url">{workshop.joinUrl}</p>
      </div>
      <JoinQr workshop={workshop} class="full-screen-qr" />
    </div>
  );
}

/** The group radar and the level counts; until a first diagnosis is in, a sentence that says so. */
function ResultsView({ dashboard }: { dashboard: Dashboard }) {
  const levelSteps = useMemo(
    () => dashboard.levels.map((level) => level.min).filter((min) => min > 0),
    // The levels belong to the questionnaire's version: they never change during a session.
    [],
  );
  const data = useMemo(() => groupRadarData(dashboard), [dashboard]);
  if (dashboard.counts.submitted === 0)
    return <p class="projector-waiting">{t('projector.waiting')}</p>;
  return (
    <div class="projector-results-body">
      <GroupRadar data={data} levelSteps={levelSteps} projected />
      <div class="projector-levels">
        {dashboard.overall.mean !== null && (
          <p class="projector-overall">
            {t('projector.overall', { score: formatNumber(dashboard.overall.mean) })}
          </p>
        )}
        <h3>{t('projector.levels', { count: dashboard.counts.submitted })}</h3>
        <ul class="projector-level-counts">
          {overallLevelCounts(dashboard).map(({ title, count }) => (
            <li key={title}>
              <span class="level-count">{String(count)}</span> <span>{title}</span>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}

/** How many submitted diagnoses stand at each level overall, in the questionnaire's order. */
export function overallLevelCounts(dashboard: Dashboard): Array<{ title: string; count: number }> {
  const submitted = dashboard.participants.filter((p) => p.status === 'submitted');
  return dashboard.levels.map((level) => ({
    title: level.title,
    count: submitted.filter((p) => p.overallLevel === level.id).length,
  }));
}

/** Tab and Shift+Tab go round the view's own controls, never to the page under it. */
function keepFocusInside(event: KeyboardEvent, container: HTMLElement | null) {
  if (!container) return;
  const controls = [...container.querySelectorAll<HTMLElement>('button, a[href]')];
  if (controls.length === 0) return;
  const at = controls.indexOf(document.activeElement as HTMLElement);
  const next = event.shiftKey
    ? (at <= 0 ? controls.length : at) - 1
    : at === -1 || at === controls.length - 1
      ? 0
      : at + 1;
  event.preventDefault();
  controls[next]!.focus();
}
