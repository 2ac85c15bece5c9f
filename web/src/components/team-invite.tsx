import { useRef, useState } from 'preact/hooks';
import { api, type Credentials } from '../api.js';
import { announce } from '../announce.js';
import { t } from '../i18n.js';
import { teamProblem } from '../team-problem.js';
import { confirmAction } from './confirm-dialog.js';

const INVITE_KEY = 'assoradar.team-invite.';

/**
 * The invite link is given once by the server (it keeps only its hash): the owner's device keeps
 * the last one, so that coming back to the page shows it without voiding the one already sent.
 */
function rememberedInvite(responseId: string): string | null {
  return localStorage.getItem(INVITE_KEY + responseId);
}

export interface TeamInviteProps {
  credentials: Credentials;
  /** Whether the team exists already: the button then renews the link. */
  started: boolean;
  /** Told once the server gave a link (the team exists from then on). */
  onStarted?: () => void;
}

/**
 * The owner's invite link with a copy button, or the button that asks for one. Asking again
 * gives a new link and voids the old one: said next to the button.
 */
export function TeamInvite({ credentials, started, onStarted }: TeamInviteProps) {
  const [url, setUrl] = useState(() => (started ? rememberedInvite(credentials.id) : null));
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();
  const input = useRef<HTMLInputElement>(null);
  const ask = async () => {
    if (busy) return;
    if (
      url &&
      !(await confirmAction({
        title: t('team.invite.renew'),
        message: t('team.invite.renew.confirm'),
        confirmLabel: t('team.invite.renew'),
      }))
    )
      return;
    setBusy(true);
    setProblem(undefined);
    try {
      const invite = await api.teamInvite(credentials);
      localStorage.setItem(INVITE_KEY + credentials.id, invite.inviteUrl);
      setUrl(invite.inviteUrl);
      announce(t('team.invite.ready'));
      onStarted?.();
    } catch (error) {
      setProblem(teamProblem(error));
    } finally {
      setBusy(false);
    }
  };
  const copy = async () => {
    input.current!.select();
    try {
      await navigator.clipboard.writeText(url!);
    } catch {
      // No clipboard permission: the selected text can still be copied by hand.
    }
    announce(t('team.invite.copied'));
  };
  const renewing = started || url !== null;
  return (
    <div class="team-invite">
      <div class="field">
        {url && (
          <>
            <label for="team-invite-url">{t('team.invite.label')}</label>
            <div class="copy-row">
              <input ref={input} type="text" readOnly value={url} id="team-invite-url" />
              <button type="button" onClick={() => void copy()}>
                {t('team.invite.copy')}
              </button>
            </div>
            <p class="help">{t('team.invite.hint')}</p>
          </>
        )}
      </div>
      <button
        type="button"
        class={renewing ? undefined : 'primary'}
        id="team-invite-button"
        aria-disabled={busy ? 'true' : undefined}
        onClick={() => void ask()}
      >
        {renewing ? t('team.invite.renew') : t('team.invite.start')}
      </button>
      <div aria-live="polite">
        {problem && (
          <p class="error" role="alert">
            {problem}
          </p>
        )}
      </div>
    </div>
  );
}
