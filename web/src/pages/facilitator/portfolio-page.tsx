import { DownloadButton } from '../../components/download-button.js';
import {
  facilitatorApi,
  type FacilitatorSession,
  type PortfolioEntry,
} from '../../facilitator-api.js';
import { formatDate } from '../../format-date.js';
import { formatNumber, locale, t } from '../../i18n.js';
import { links } from '../../routes.js';
import { useFocusHeading } from '../../use-focus-heading.js';
import { ErrorPage } from '../error-page.js';
import { participantNames } from './dashboard-sections.js';
import { FacilitatorHeader } from './facilitator-header.js';
import { progressText } from './progress-text.js';
import { ShareCodePanel } from './share-code-panel.js';
import { useFacilitatorLoad } from './use-facilitator-load.js';

const loadPortfolio = (lang: string) =>
  Promise.all([
    facilitatorApi.shareCode(),
    facilitatorApi.profile(),
    facilitatorApi.portfolio(lang),
  ]);

/**
 * The associations that share their diagnoses with the facilitator's centre: the share code in
 * large type (for a projector) with its renewal, the centre's name associations see, and the
 * table of associations with their latest level and progress, the CSV and each one's results.
 */
export function PortfolioPage({ session }: { session: FacilitatorSession }) {
  const lang = locale();
  const { loaded, signedOut, retry } = useFacilitatorLoad(() => loadPortfolio(lang), [lang]);
  if (loaded.state === 'failed')
    return signedOut ? null : <ErrorPage error={loaded.error} retry={retry} />;
  if (loaded.state === 'loading') return <p role="status">{t('facilitator.loading')}</p>;
  const [code, profile, { entries }] = loaded.value;
  return <Portfolio session={session} code={code} profile={profile} entries={entries} />;
}

type Loaded = Awaited<ReturnType<typeof loadPortfolio>>;

function Portfolio(props: {
  session: FacilitatorSession;
  code: Loaded[0];
  profile: Loaded[1];
  entries: PortfolioEntry[];
}) {
  const heading = useFocusHeading<HTMLHeadingElement>();
  const { entries } = props;
  return (
    <>
      <FacilitatorHeader session={props.session} view="portfolio" />
      <h1 ref={heading}>{t('portfolio.title')}</h1>
      <ShareCodePanel initial={props.code} profile={props.profile} />
      <section class="card" aria-labelledby="portfolio-list-title">
        <h2 id="portfolio-list-title">{t('portfolio.list')}</h2>
        {entries.length === 0 ? <p>{t('portfolio.none')}</p> : <PortfolioTable entries={entries} />}
        {entries.length > 0 && (
          <div class="export-buttons">
            <DownloadButton
              id="portfolio-csv"
              label={t('portfolio.csv')}
              fallbackName="portfolio.csv"
              fetch={() => facilitatorApi.portfolioCsv(locale())}
            />
            <DownloadButton
              id="portfolio-xlsx"
              label={t('portfolio.xlsx')}
              fallbackName="portfolio.xlsx"
              fetch={() => facilitatorApi.portfolioXlsx(locale())}
            />
            <DownloadButton
              id="portfolio-csv-ids"
              label={t('portfolio.csvIds')}
              fallbackName="portfolio-identifiants.csv"
              fetch={() => facilitatorApi.portfolioCsvWithIds()}
            />
          </div>
        )}
      </section>
    </>
  );
}

function PortfolioTable({ entries }: { entries: PortfolioEntry[] }) {
  // Numbered as the dashboard numbers its unnamed participants.
  const names = participantNames(entries);
  return (
    <div class="table-scroll">
      <table class="scores portfolio">
        <caption class="visually-hidden">{t('portfolio.list')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('portfolio.column.association')}</th>
            <th scope="col">{t('portfolio.column.level')}</th>
            <th scope="col">{t('portfolio.column.progress')}</th>
            <th scope="col">{t('portfolio.column.plan')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry, index) => {
            const name = names[index]!;
            const { score, levelTitle } = entry.latest.overall;
            return (
              <tr key={entry.chainId}>
                <th scope="row">
                  <a
                    href={links.facilitator.portfolioEntry(entry.chainId)}
                    aria-label={t('portfolio.open.label', { name })}
                  >
                    {name}
                  </a>
                  <span class="meta entry-meta">
                    {t('portfolio.entryMeta', {
                      questionnaire: entry.questionnaire.title,
                      date: formatDate(entry.latest.submittedAt, 'medium'),
                    })}
                  </span>
                </th>
                <td data-label={t('portfolio.column.level')}>
                  {levelTitle ?? '—'}
                  {score === null ? '' : ` (${formatNumber(score)}\u00a0/\u00a0100)`}
                </td>
                <td data-label={t('portfolio.column.progress')}>
                  <ProgressCell entry={entry} />
                </td>
                <td data-label={t('portfolio.column.plan')}>
                  {entry.plan ? (
                    t('portfolio.plan.counts', {
                      done: entry.plan.done,
                      total: entry.plan.total,
                      inProgress: entry.plan.inProgress,
                    })
                  ) : (
                    <span class="meta">{t('portfolio.plan.none')}</span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

const ARROWS = { up: '▲ ', down: '▼ ', same: '= ' };

function ProgressCell({ entry }: { entry: PortfolioEntry }) {
  if (!entry.progress) return <span class="meta">{t('portfolio.progress.first')}</span>;
  const { points, levelSteps } = entry.progress.overall;
  const direction = points === null || points === 0 ? 'same' : points > 0 ? 'up' : 'down';
  return (
    <span class={`progress progress-${direction}`}>
      <span aria-hidden="true">{ARROWS[direction]}</span>
      {progressText(points, levelSteps)}
    </span>
  );
}
