import { useState } from 'preact/hooks';
import { api, type Credentials, type TeamView } from '../api.js';
import { announce } from '../announce.js';
import { t } from '../i18n.js';
import { teamProblem } from '../team-problem.js';

/** The API's limit (src/domain/team/team.ts). */
const DISPLAY_NAME_MAX = 60;

/** My name in the team and whether the others may read my answers. */
export function TeamSettings({ team, credentials }: { team: TeamView; credentials: Credentials }) {
  const me = team.members.find((member) => member.isYou)!;
  const [name, setName] = useState(me.displayName ?? '');
  const [share, setShare] = useState(me.shareAnswers);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  const save = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setStatus('');
    try {
      await api.updateTeamMember(credentials, {
        displayName: name.trim() || null,
        shareAnswers: share,
      });
      setStatus(t('team.settings.saved'));
      announce(t('team.settings.saved'));
    } catch (error) {
      setStatus(teamProblem(error));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section class="card" aria-labelledby="team-settings-title">
      <h2 id="team-settings-title">{t('team.settings.title')}</h2>
      <form class="team-settings" onSubmit={(event) => void save(event)}>
        <div class="field">
          <label for="team-my-name">{t('team.settings.name')}</label>
          <input
            type="text"
            id="team-my-name"
            maxLength={DISPLAY_NAME_MAX}
            autocomplete="given-name"
            value={name}
            onInput={(event) => setName(event.currentTarget.value)}
          />
        </div>
        <div class="field consent">
          <label class="choice" for="team-share">
            <input
              type="checkbox"
              id="team-share"
              checked={share}
              aria-describedby="team-share-hint"
              onChange={(event) => setShare(event.currentTarget.checked)}
            />
            <span>{t('team.settings.share')}</span>
          </label>
          <p class="help" id="team-share-hint">
            {t('team.settings.share.hint')}
          </p>
        </div>
        {/* Marked busy, not disabled, so that it keeps the focus. */}
        <button type="submit" id="team-settings-save" aria-disabled={busy ? 'true' : undefined}>
          {t('team.settings.save')}
        </button>
        <p class="meta" aria-live="polite">
          {status}
        </p>
      </form>
    </section>
  );
}
