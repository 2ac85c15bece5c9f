import { facilitatorApi, type Dashboard } from '../../facilitator-api.js';
import { formatNumber, locale, t } from '../../i18n.js';
import { links } from '../../routes.js';
import { DownloadButton } from '../../components/download-button.js';
import { frenchDe } from '../../french-de.js';

const score = (value: number | null) => (value === null ? '—' : formatNumber(value));

/** The three counts, large enough to read from the back of the room. */
export function CountsSection({ counts }: { counts: Dashboard['counts'] }) {
  const item = (value: number, label: string, key: string) => (
    <div class={`count count-${key}`} data-count={key}>
      <span class="count-value">{String(value)}</span>
      <span class="count-label">{label}</span>
    </div>
  );
  return (
    <div class="counts">
      {item(counts.joined, t('dashboard.counts.joined'), 'joined')}
      {item(counts.inProgress, t('dashboard.counts.inProgress'), 'inProgress')}
      {item(counts.submitted, t('dashboard.counts.submitted'), 'submitted')}
    </div>
  );
}

/** The radar's figures as a table: the same numbers for screen readers and for a printout. */
export function AreasTable({ dashboard }: { dashboard: Dashboard }) {
  return (
    <table class="scores group-scores">
      <caption>{t('dashboard.table.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('results.table.area')}</th>
          <th scope="col">{t('dashboard.table.mean')}</th>
          <th scope="col">{t('dashboard.table.min')}</th>
          <th scope="col">{t('dashboard.table.max')}</th>
          <th scope="col">{t('dashboard.table.stdDev')}</th>
          <th scope="col">{t('dashboard.table.count')}</th>
        </tr>
      </thead>
      <tbody>
        {dashboard.areas.map((area) => (
          <tr key={area.id}>
            <th scope="row">{area.title}</th>
            <td>{score(area.mean)}</td>
            <td>{score(area.min)}</td>
            <td>{score(area.max)}</td>
            <td>{score(area.stdDev)}</td>
            <td>{String(area.count)}</td>
          </tr>
        ))}
        <tr class="overall-row">
          <th scope="row">{t('dashboard.table.overall')}</th>
          <td>{score(dashboard.overall.mean)}</td>
          <td />
          <td />
          <td />
          <td>{String(dashboard.overall.count)}</td>
        </tr>
      </tbody>
    </table>
  );
}

/** How many associations stand at each level, area by area. */
export function LevelsTable({ dashboard }: { dashboard: Dashboard }) {
  return (
    <table class="scores level-counts">
      <caption>{t('dashboard.levels.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('results.table.area')}</th>
          {dashboard.levels.map((level) => (
            <th scope="col" key={level.id}>
              {level.title}
              <span class="meta range">{` ${level.min}–${level.max}`}</span>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {dashboard.areas.map((area) => (
          <tr key={area.id}>
            <th scope="row">{area.title}</th>
            {dashboard.levels.map((level) => {
              const count = area.levels.find((l) => l.levelId === level.id)?.count ?? 0;
              return (
                <td key={level.id} class={count === 0 ? 'zero' : undefined}>
                  {String(count)}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The name a participant is listed under: theirs, or "unnamed association no. n" in order. */
export function participantNames(
  participants: Array<{ associationName: string | null }>,
): string[] {
  let unnamed = 0;
  return participants.map(
    (p) => p.associationName ?? t('dashboard.participants.unnamed', { n: (unnamed += 1) }),
  );
}

/** Each participant: name, status, overall level, and their results and PDF once submitted. */
export function ParticipantsTable({ dashboard }: { dashboard: Dashboard }) {
  if (dashboard.participants.length === 0) return <p>{t('dashboard.participants.none')}</p>;
  const workshopId = dashboard.workshop.id;
  const levelTitle = (id: string | null) => dashboard.levels.find((l) => l.id === id)?.title;
  const names = participantNames(dashboard.participants);
  return (
    <table class="scores participants">
      <caption class="visually-hidden">{t('dashboard.participants.title')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('dashboard.participants.name')}</th>
          <th scope="col">{t('dashboard.participants.status')}</th>
          <th scope="col">{t('dashboard.participants.level')}</th>
          <th scope="col">{t('dashboard.participants.answers')}</th>
          <th scope="col">{t('dashboard.participants.actions')}</th>
        </tr>
      </thead>
      <tbody>
        {dashboard.participants.map((participant, index) => {
          const name = names[index]!;
          const submitted = participant.status === 'submitted';
          const level = levelTitle(participant.overallLevel);
          return (
            <tr key={participant.responseId} data-response={participant.responseId}>
              <th scope="row" class={participant.associationName ? undefined : 'meta'}>
                {name}
              </th>
              <td>
                <span class={submitted ? 'status-submitted' : 'status-draft'}>
                  {submitted ? t('dashboard.status.submitted') : t('dashboard.status.draft')}
                </span>
              </td>
              <td>
                {submitted && participant.overallScore !== null
                  ? `${level ?? '—'} (${formatNumber(participant.overallScore)})`
                  : '—'}
              </td>
              <td>
                {participant.shareAnswers
                  ? t('dashboard.participants.shared')
                  : t('dashboard.participants.scoresOnly')}
              </td>
              <td class="participant-actions">
                <div>
                  {submitted && (
                    <a
                      href={links.facilitator.participant(workshopId, participant.responseId)}
                      id={`open-${participant.responseId}`}
                      aria-label={t('dashboard.participants.open.label', {
                        name,
                        ofName: frenchDe(name),
                      })}
                    >
                      {t('dashboard.participants.open')}
                    </a>
                  )}
                  {submitted && (
                    <DownloadButton
                      id={`pdf-${participant.responseId}`}
                      label={t('dashboard.participants.pdf')}
                      accessibleName={t('dashboard.participants.pdf.label', {
                        name,
                        ofName: frenchDe(name),
                      })}
                      fallbackName={t('results.report.fileName')}
                      fetch={() =>
                        facilitatorApi.participantReport(
                          workshopId,
                          participant.responseId,
                          locale(),
                        )
                      }
                    />
                  )}
                </div>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
