import { useState } from 'preact/hooks';
import { localize } from '../../../src/domain/questionnaire/localize.js';
import type { Questionnaire } from '../../../src/domain/questionnaire/questionnaire-schema.js';
import { api, ApiError, type Credentials, type TeamView } from '../api.js';
import { DownloadButton } from '../components/download-button.js';
import { TeamAgreements } from '../components/team-agreements.js';
import { TeamInvite } from '../components/team-invite.js';
import { TeamMembers } from '../components/team-members.js';
import { TeamProfile } from '../components/team-profile.js';
import { TeamSettings } from '../components/team-settings.js';
import { TeamSharedAnswers } from '../components/team-shared-answers.js';
import { TeamTopics } from '../components/team-topics.js';
import { formatNumber, locale, t } from '../i18n.js';
import { links } from '../routes.js';
import { useFocusHeading } from '../use-focus-heading.js';
import { useLoad } from '../use-load.js';
import { ErrorPage } from './error-page.js';

interface Loaded {
  team: TeamView;
  questionnaire: Questionnaire;
}

/**
 * The team view (links.team), for the owner and every member: the combined profile, where the
 * members disagree, the agreed levels, who is in the team, my own settings, the answers members
 * chose to share, and the team PDF.
 */
export function TeamPage({ credentials }: { credentials: Credentials }) {
  const [attempt, setAttempt] = useState(0);
  const loaded = useLoad<Loaded>(async () => {
    const team = await api.team(credentials);
    // Left or dissolved since the link was kept: the page says the team cannot be found.
    if (!team) throw new ApiError(404, 'team_not_found', t('team.notFound'));
    return { team, questionnaire: await api.questionnaire(team.questionnaireId, team.version) };
  }, [credentials, attempt]);
  if (loaded.state === 'failed')
    return <ErrorPage error={loaded.error} retry={() => setAttempt((n) => n + 1)} />;
  if (loaded.state === 'loading') return <p role="status">{t('team.loading')}</p>;
  return <Team credentials={credentials} {...loaded.value} />;
}

function Team({ credentials, team, questionnaire }: Loaded & { credentials: Credentials }) {
  const heading = useFocusHeading<HTMLHeadingElement>();
  const text = (s: Record<string, string>) => localize(s, locale(), questionnaire.defaultLocale);
  const me = team.members.find((member) => member.isYou)!;
  const submitted = team.members.filter((member) => member.status === 'submitted').length;
  const overall = team.combined.overall;
  const overallLevel = questionnaire.levels.find((level) => level.id === overall.level);
  return (
    <>
      <section class="card overall team-head">
        <p class="eyebrow">{t('team.eyebrow')}</p>
        <h1 ref={heading}>
          {team.associationName ?? t('team.title.unnamed')}
          <span class="heading-name">{text(questionnaire.title)}</span>
        </h1>
        <p>{t('team.counts', { members: team.members.length, submitted })}</p>
        <p class="overall-score">
          {overall.mean === null
            ? t('team.overall.none')
            : t('team.overall', { score: formatNumber(overall.mean) })}
        </p>
        {overallLevel && (
          <p>
            <strong>{t('results.level', { level: text(overallLevel.title) })}</strong>
          </p>
        )}
        <DownloadButton
          id="team-report-download"
          label={t('team.report')}
          fallbackName={t('team.report.fileName')}
          fetch={() => api.teamReport(credentials, locale())}
          primary
        />
        {me.status === 'draft' && (
          <p>
            <a href={links.diagnosis(credentials.id)}>{t('team.continue')}</a>
          </p>
        )}
      </section>
      {team.role === 'owner' && (
        <section class="card" aria-labelledby="team-invite-title">
          <h2 id="team-invite-title">{t('team.invite.title')}</h2>
          <p>{t('team.invite.intro')}</p>
          <TeamInvite credentials={credentials} started />
        </section>
      )}
      <TeamProfile team={team} questionnaire={questionnaire} />
      <TeamTopics team={team} questionnaire={questionnaire} />
      <TeamAgreements team={team} questionnaire={questionnaire} credentials={credentials} />
      <TeamMembers team={team} />
      <TeamSettings team={team} credentials={credentials} />
      <TeamSharedAnswers team={team} questionnaire={questionnaire} />
      <p class="actions">
        {me.status === 'submitted' && <a href={links.results(credentials.id)}>{t('team.back')}</a>}{' '}
        <a href={links.home()}>{t('results.home')}</a>
      </p>
    </>
  );
}
