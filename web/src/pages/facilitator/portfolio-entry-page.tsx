import { localize } from '../../../../src/domain/questionnaire/localize.js';
import type { Questionnaire } from '../../../../src/domain/questionnaire/questionnaire-schema.js';
import { api } from '../../api.js';
import { DownloadButton } from '../../components/download-button.js';
import { ResultsView } from '../../components/results-view.js';
import {
  facilitatorApi,
  type FacilitatorSession,
  type PortfolioEntryView,
} from '../../facilitator-api.js';
import { locale, t } from '../../i18n.js';
import { links } from '../../routes.js';
import { useFocusHeading } from '../../use-focus-heading.js';
import { ErrorPage } from '../error-page.js';
import { FacilitatorHeader } from './facilitator-header.js';
import { OwnedPlanSummary } from './owned-plan-summary.js';
import { progressText } from './progress-text.js';
import { useFacilitatorLoad } from './use-facilitator-load.js';

async function loadEntry(chainId: string, lang: string) {
  const view = await facilitatorApi.portfolioEntry(chainId, lang);
  const questionnaire = await api.questionnaire(view.results.questionnaireId, view.results.version);
  return { view, questionnaire };
}

/**
 * A sharing association's latest results, as its centre sees them: the volunteer's results page
 * (profile, levels, plan) without the detailed answers, its progress and its PDF.
 */
export function PortfolioEntryPage(props: { chainId: string; session: FacilitatorSession }) {
  const lang = locale();
  const { loaded, signedOut, retry } = useFacilitatorLoad(
    () => loadEntry(props.chainId, lang),
    [props.chainId, lang],
  );
  if (loaded.state === 'failed')
    return signedOut ? null : <ErrorPage error={loaded.error} retry={retry} />;
  if (loaded.state === 'loading') return <p role="status">{t('facilitator.loading')}</p>;
  return <PortfolioEntry {...props} {...loaded.value} />;
}

function PortfolioEntry(props: {
  chainId: string;
  session: FacilitatorSession;
  view: PortfolioEntryView;
  questionnaire: Questionnaire;
}) {
  const { view, questionnaire, chainId } = props;
  const heading = useFocusHeading<HTMLHeadingElement>();
  const back = { href: links.facilitator.portfolio(), label: t('portfolioEntry.back') };
  return (
    <>
      <FacilitatorHeader session={props.session} view="portfolioEntry" back={back} />
      <ResultsView
        response={view.results}
        questionnaire={questionnaire}
        title={t('portfolioEntry.title')}
        headingRef={heading}
        seriesLabel={view.entry.associationName ?? t('participant.dataset')}
        report={
          <DownloadButton
            id="portfolio-report"
            label={t('results.report.download')}
            fallbackName={t('results.report.fileName')}
            primary
            fetch={() => facilitatorApi.portfolioReport(chainId, locale())}
          />
        }
        extra={
          <>
            <ProgressSection view={view} questionnaire={questionnaire} />
            <OwnedPlanSummary plan={view.ownedPlan} questionnaire={questionnaire} />
            <section class="card" aria-labelledby="shared-answers-title">
              <h2 id="shared-answers-title">{t('participant.answers.title')}</h2>
              <p>{t('portfolioEntry.answersPrivate')}</p>
            </section>
          </>
        }
        actions={<a href={back.href}>{back.label}</a>}
      />
    </>
  );
}

/** Overall and area by area, since the previous submitted diagnosis. */
function ProgressSection(props: { view: PortfolioEntryView; questionnaire: Questionnaire }) {
  const { progress } = props.view.entry;
  const { questionnaire } = props;
  const areaTitle = (id: string) => {
    const area = questionnaire.areas.find((candidate) => candidate.id === id);
    return area ? localize(area.title, locale(), questionnaire.defaultLocale) : id;
  };
  return (
    <section class="card" aria-labelledby="progress-title">
      <h2 id="progress-title">{t('portfolioEntry.progress')}</h2>
      {progress ? (
        <ul class="progress-list">
          <li>
            <strong>{t('dashboard.table.overall')}</strong>
            {' : '}
            {progressText(progress.overall.points, progress.overall.levelSteps)}
          </li>
          {progress.areas.map((area) => (
            <li key={area.areaId}>
              {areaTitle(area.areaId)}
              {' : '}
              {progressText(area.points, area.levelSteps)}
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('portfolioEntry.progress.none')}</p>
      )}
    </section>
  );
}
