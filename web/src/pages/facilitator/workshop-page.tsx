import { useMemo, useState } from 'preact/hooks';
import { DownloadButton } from '../../components/download-button.js';
import { TableScroll } from '../../components/table-scroll.js';
import { ErrorPage } from '../error-page.js';
import { GroupRadar } from '../../components/group-radar.js';
import { isNarrow } from '../../components/radar-chart.js';
import { PaperLinks, paperPdfUrl } from '../../components/paper-links.js';
import { announce } from '../../announce.js';
import {
  facilitatorApi,
  isSignedOut,
  type Dashboard,
  type FacilitatorSession,
} from '../../facilitator-api.js';
import { formatCalendarDate, formatDateTime } from '../../format-date.js';
import { formatNumber, locale, t } from '../../i18n.js';
import { navigate } from '../../navigate.js';
import { problemMessage } from '../../problem-message.js';
import { links } from '../../routes.js';
import { useFocusHeading } from '../../use-focus-heading.js';
import { AreasTable, CountsSection, LevelsTable, ParticipantsTable } from './dashboard-sections.js';
import { DiscussionAgenda } from './discussion-agenda.js';
import { FacilitatorHeader } from './facilitator-header.js';
import { groupRadarData } from './group-radar-data.js';
import { JoinPanel } from './join-panel.js';
import { useDashboard, type Connection } from './use-dashboard.js';
import { confirmAction } from '../../components/confirm-dialog.js';

/**
 * One workshop, as projected during the session: how to join, the live dashboard (useDashboard
 * refreshes it), the exports, and the button that closes the workshop.
 */
export function WorkshopPage(props: { workshopId: string; session: FacilitatorSession }) {
  const live = useDashboard(props.workshopId, locale());
  if (live.loaded.state === 'failed')
    return isSignedOut(live.loaded.error) ? null : (
      <ErrorPage error={live.loaded.error} retry={live.retry} />
    );
  if (live.loaded.state === 'loading') return <p role="status">{t('facilitator.loading')}</p>;
  return (
    <WorkshopDashboard
      dashboard={live.loaded.value}
      connection={live.connection}
      session={props.session}
      onClosed={live.showWorkshop}
    />
  );
}

function WorkshopDashboard(props: {
  dashboard: Dashboard;
  connection: Connection;
  session: FacilitatorSession;
  onClosed: (workshop: Dashboard['workshop']) => void;
}) {
  const { dashboard } = props;
  const { workshop } = dashboard;
  const heading = useFocusHeading<HTMLHeadingElement>();
  return (
    <>
      <FacilitatorHeader
        session={props.session}
        view="workshop"
        back={{ href: links.facilitator.workshops(), label: t('workshop.back') }}
      />
      <div class="workshop-head">
        <h1 id="workshop-title" ref={heading}>
          {workshop.title}
          <span class="heading-name">{formatCalendarDate(workshop.date)}</span>
        </h1>
        <WorkshopStatus workshop={workshop} />
      </div>
      <div class="workshop-top">
        <JoinPanel dashboard={dashboard} />
        <section class="card counts-card" aria-labelledby="counts-title">
          <h2 id="counts-title">{t('dashboard.counts.title')}</h2>
          <div class="counts-region" aria-live="polite" aria-atomic="true">
            <CountsSection counts={dashboard.counts} />
          </div>
          <p class="group-overall">{overallText(dashboard)}</p>
          <p class="meta connection" aria-live="polite">
            {connectionText(props.connection)}
          </p>
        </section>
      </div>
      {/* Paper, once the room knows how to join: the code comes first. */}
      {workshop.open ? (
        <PaperLinks
          print={{
            href: paperPdfUrl(workshop.questionnaireId, workshop.version, workshop.locale),
            label: t('paper.print'),
          }}
          entryHref={links.facilitator.paperEntry(workshop.id)}
        />
      ) : null}
      <section class="card" aria-labelledby="group-radar-title">
        <h2 id="group-radar-title">{t('dashboard.radar.title')}</h2>
        <div class="radar-and-table">
          <DashboardRadar dashboard={dashboard} />
          <TableScroll label={t('dashboard.table.caption')}>
            <AreasTable dashboard={dashboard} />
          </TableScroll>
        </div>
      </section>
      <section class="card" aria-labelledby="levels-title">
        <h2 id="levels-title">{t('dashboard.levels.title')}</h2>
        <TableScroll label={t('dashboard.levels.caption')}>
          <LevelsTable dashboard={dashboard} />
        </TableScroll>
      </section>
      <DiscussionAgenda dashboard={dashboard} />
      <section class="card" aria-labelledby="participants-title">
        <h2 id="participants-title">{t('dashboard.participants.title')}</h2>
        <TableScroll label={t('dashboard.participants.title')}>
          <ParticipantsTable dashboard={dashboard} />
        </TableScroll>
      </section>
      <Exports workshopId={workshop.id} />
      <CloseWorkshop
        workshop={workshop}
        onClosed={(closed) => {
          props.onClosed(closed);
          announce(t('workshop.closed.announce'));
          heading.current?.focus();
        }}
      />
    </>
  );
}

function WorkshopStatus({ workshop }: { workshop: Dashboard['workshop'] }) {
  return (
    <p class="workshop-status">
      <span class={workshop.open ? 'status-open' : 'status-closed'}>
        {workshop.open ? t('workshop.open') : t('workshop.closed')}
      </span>
      {workshop.open &&
        workshop.closesAt &&
        ` · ${t('workshop.closesAt', { time: formatDateTime(workshop.closesAt) })}`}
      {!workshop.open &&
        workshop.closedAt &&
        ` · ${t('workshop.closedAt', { time: formatDateTime(workshop.closedAt) })}`}
    </p>
  );
}

/** The group's overall index in a sentence; nothing before the first submitted diagnosis. */
export function overallText(dashboard: Dashboard): string {
  const { mean, count } = dashboard.overall;
  return mean === null ? '' : t('dashboard.overall', { score: formatNumber(mean), count });
}

function connectionText(connection: Connection): string {
  if (connection === 'offline') return t('dashboard.offline');
  if (connection === 'stale') return t('dashboard.stale');
  return '';
}

/** The radar of the submitted diagnoses, and what it shows in words. */
function DashboardRadar({ dashboard }: { dashboard: Dashboard }) {
  const levelSteps = useMemo(
    () => dashboard.levels.map((l) => l.min).filter((min) => min > 0),
    // The levels belong to the questionnaire's version: they never change during a session.
    [],
  );
  const data = useMemo(() => groupRadarData(dashboard), [dashboard]);
  return (
    <div>
      {/* On a phone, the readable variant: its labels fit the narrow canvas. */}
      <GroupRadar data={data} levelSteps={levelSteps} readable={isNarrow()} />
      <p class="meta">
        {dashboard.counts.submitted === 0 ? t('dashboard.radar.empty') : t('dashboard.radar.note')}
      </p>
    </div>
  );
}

function Exports({ workshopId }: { workshopId: string }) {
  return (
    <section class="card exports" aria-labelledby="exports-title">
      <h2 id="exports-title">{t('workshop.exports.title')}</h2>
      <p class="meta">{t('workshop.exports.hint')}</p>
      <div class="export-buttons">
        <DownloadButton
          id="export-csv"
          label={t('workshop.exports.csv')}
          fallbackName="atelier.csv"
          fetch={() => facilitatorApi.csv(workshopId)}
        />
        <DownloadButton
          id="export-xlsx"
          label={t('workshop.exports.xlsx')}
          fallbackName="atelier.xlsx"
          fetch={() => facilitatorApi.xlsx(workshopId)}
        />
        <DownloadButton
          id="export-csv-ids"
          label={t('workshop.exports.csvIds')}
          fallbackName="atelier-identifiants.csv"
          fetch={() => facilitatorApi.csvWithIds(workshopId)}
        />
        <DownloadButton
          id="export-pdf"
          label={t('workshop.exports.pdf')}
          fallbackName="atelier.pdf"
          fetch={() => facilitatorApi.groupReport(workshopId, locale())}
        />
        <DownloadButton
          id="export-zip"
          label={t('workshop.exports.zip')}
          fallbackName="rapports.zip"
          fetch={() => facilitatorApi.reportsZip(workshopId)}
          refusals={{ 409: t('workshop.exports.zip.none') }}
        />
      </div>
    </section>
  );
}

/** Closing ends joining and sending: asked for confirmation first. */
function CloseWorkshop(props: {
  workshop: Dashboard['workshop'];
  onClosed: (workshop: Dashboard['workshop']) => void;
}) {
  const [problem, setProblem] = useState<string>();
  const close = async () => {
    const confirmed = await confirmAction({
      title: t('workshop.close.title'),
      message: t('workshop.close.confirm'),
      confirmLabel: t('workshop.close'),
    });
    if (!confirmed) return;
    setProblem(undefined);
    try {
      props.onClosed(await facilitatorApi.close(props.workshop.id));
    } catch (error) {
      if (isSignedOut(error)) return navigate(location.hash); // The sign-in form, then back here.
      setProblem(
        problemMessage(
          error,
          {},
          { otherwise: (detail) => t('workshop.close.failed', { detail }) },
        ),
      );
    }
  };
  return (
    <section class="card" aria-labelledby="close-title">
      <h2 id="close-title">{t('workshop.close.title')}</h2>
      <p>{t('workshop.close.hint')}</p>
      <button
        type="button"
        class="danger"
        id="close-workshop"
        hidden={!props.workshop.open}
        onClick={() => void close()}
      >
        {t('workshop.close')}
      </button>
      <div aria-live="polite">
        {problem && (
          <p class="error" role="alert">
            {problem}
          </p>
        )}
      </div>
    </section>
  );
}
