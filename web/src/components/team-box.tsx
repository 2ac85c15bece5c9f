import { useState } from 'preact/hooks';
import { api, type Credentials } from '../api.js';
import { t } from '../i18n.js';
import { links } from '../routes.js';
import { useLoad } from '../use-load.js';
import { TeamInvite } from './team-invite.js';

/**
 * On the results page: "do the diagnosis as a team". Without a team, the owner-to-be asks for an
 * invite link; in a team, a link to the team view (and, for the owner, the invite link).
 */
export function TeamBox({ credentials }: { credentials: Credentials }) {
  const loaded = useLoad(() => api.team(credentials), [credentials]);
  const [started, setStarted] = useState(false);
  if (loaded.state === 'loading') return null;
  // No team yet (null) is the usual case; a failure leaves the box out quietly.
  if (loaded.state === 'failed') return null;
  const team = loaded.value;
  const viewLink = (
    <p>
      <a href={links.team(credentials.id)} id="team-view-link">
        {t('team.box.open')}
      </a>
    </p>
  );
  return (
    <section class="card team-box" aria-labelledby="team-box-title">
      <h2 id="team-box-title">{t('team.box.title')}</h2>
      <div>
        {!team && (
          <>
            <p>{t('team.box.intro')}</p>
            <TeamInvite
              credentials={credentials}
              started={false}
              onStarted={() => setStarted(true)}
            />
            {started && viewLink}
          </>
        )}
        {team?.role === 'owner' && (
          <>
            <p>{t('team.box.owner', { count: team.members.length })}</p>
            {viewLink}
            <TeamInvite credentials={credentials} started />
          </>
        )}
        {team && team.role !== 'owner' && (
          <>
            <p>{t('team.box.member')}</p>
            {viewLink}
          </>
        )}
      </div>
    </section>
  );
}
