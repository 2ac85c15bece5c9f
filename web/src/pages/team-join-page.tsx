import { useState } from 'preact/hooks';
import { api, ApiError, type TeamInviteInfo } from '../api.js';
import { StartDiagnosisForm } from '../components/start-diagnosis-form.js';
import { TextField } from '../components/text-field.js';
import { locale, t } from '../i18n.js';
import { links } from '../routes.js';
import { teamProblem } from '../team-problem.js';
import { useFocusHeading } from '../use-focus-heading.js';
import { useLoad } from '../use-load.js';
import { ErrorPage } from './error-page.js';
import { frenchDe } from '../french-de.js';

/** The API's limit (src/domain/team/team.ts). */
const DISPLAY_NAME_MAX = 60;

/**
 * What an invite link opens (#/equipe/<code>): which association asks, what the team diagnosis
 * is and what the others will see, an optional first name, then the member's own diagnosis.
 */
export function TeamJoinPage({ code }: { code: string }) {
  const [attempt, setAttempt] = useState(0);
  const loaded = useLoad(() => api.teamByInvite(code, locale()), [code, attempt]);
  if (loaded.state === 'loading') return <p role="status">{t('team.join.loading')}</p>;
  if (loaded.state === 'failed') {
    if (loaded.error instanceof ApiError && loaded.error.status === 404) return <UnknownInvite />;
    return <ErrorPage error={loaded.error} retry={() => setAttempt((n) => n + 1)} />;
  }
  return <TeamJoinForm code={code} invite={loaded.value} />;
}

function TeamJoinForm({ code, invite }: { code: string; invite: TeamInviteInfo }) {
  const heading = useFocusHeading<HTMLHeadingElement>();
  const [name, setName] = useState('');
  const lang = locale();
  const association = invite.associationName ?? t('team.join.unnamed');
  const start = () => {
    const displayName = name.trim();
    return api.joinTeam(code, {
      ...(displayName ? { displayName } : {}),
      // The member answers in the language of the page when the questionnaire has it.
      ...(invite.locales.includes(lang) ? { locale: lang } : {}),
    });
  };
  return (
    <section class="card join">
      <p class="eyebrow">{t('team.eyebrow')}</p>
      <h1 ref={heading}>
        {t('team.join.title', { association, ofAssociation: frenchDe(association) })}
      </h1>
      <p>{t('team.join.intro', { association, questionnaire: invite.questionnaireTitle })}</p>
      <p>{t('team.join.count', { count: invite.memberCount })}</p>
      <p class="help">{t('team.join.privacy')}</p>
      <StartDiagnosisForm
        buttonId="team-join-start"
        labels={{ start: t('team.join.start'), starting: t('team.join.starting') }}
        start={start}
        problem={teamProblem}
      >
        <TextField
          id="team-join-name"
          label={t('team.join.name.label')}
          hint={t('team.join.name.hint')}
          name="display-name"
          maxLength={DISPLAY_NAME_MAX}
          autocomplete="given-name"
          value={name}
          onValue={setName}
        />
      </StartDiagnosisForm>
    </section>
  );
}

function UnknownInvite() {
  const heading = useFocusHeading<HTMLHeadingElement>();
  return (
    <section class="card join">
      <h1 ref={heading}>{t('team.join.unknown.title')}</h1>
      <p class="error" role="alert">
        {t('team.join.unknown')}
      </p>
      <p>
        <a href={links.home()}>{t('team.join.alone')}</a>
      </p>
    </section>
  );
}
