import { api, type Credentials } from '../api.js';
import { announce, h } from '../dom.js';
import { t } from '../i18n.js';
import { teamProblem } from '../team-problem.js';

const INVITE_KEY = 'assoradar.team-invite.';

/**
 * The invite link is given once by the server (it keeps only its hash): the owner's device keeps
 * the last one, so that coming back to the page shows it without voiding the one already sent.
 */
function rememberedInvite(responseId: string): string | null {
  return localStorage.getItem(INVITE_KEY + responseId);
}

/**
 * The owner's invite link with a copy button, or the button that asks for one. Asking again
 * gives a new link and voids the old one: said next to the button.
 */
export function teamInvite(credentials: Credentials, options: { started: boolean }): HTMLElement {
  const box = h('div', { class: 'team-invite' });
  const status = h('div', { 'aria-live': 'polite' });
  const ask = h(
    'button',
    { type: 'button', class: options.started ? undefined : 'primary', id: 'team-invite-button' },
    options.started ? t('team.invite.renew') : t('team.invite.start'),
  );

  const showLink = (url: string) => {
    const input = h('input', { type: 'text', readonly: true, value: url, id: 'team-invite-url' });
    const copy = h('button', { type: 'button' }, t('team.invite.copy'));
    copy.addEventListener('click', async () => {
      input.select();
      try {
        await navigator.clipboard.writeText(url);
      } catch {
        // No clipboard permission: the selected text can still be copied by hand.
      }
      announce(t('team.invite.copied'));
    });
    linkRow.replaceChildren(
      h('label', { for: input.id }, t('team.invite.label')),
      h('div', { class: 'copy-row' }, input, copy),
      h('p', { class: 'help' }, t('team.invite.hint')),
    );
  };
  const linkRow = h('div', { class: 'field' });
  const remembered = rememberedInvite(credentials.id);
  if (options.started && remembered) showLink(remembered);

  ask.addEventListener('click', async () => {
    if (ask.getAttribute('aria-disabled') === 'true') return;
    if (linkRow.childElementCount > 0 && !window.confirm(t('team.invite.renew.confirm'))) return;
    ask.setAttribute('aria-disabled', 'true');
    status.replaceChildren();
    try {
      const invite = await api.teamInvite(credentials);
      localStorage.setItem(INVITE_KEY + credentials.id, invite.inviteUrl);
      showLink(invite.inviteUrl);
      ask.textContent = t('team.invite.renew');
      ask.classList.remove('primary');
      announce(t('team.invite.ready'));
      box.dispatchEvent(new CustomEvent('team-started', { bubbles: true }));
    } catch (error) {
      status.replaceChildren(h('p', { class: 'error', role: 'alert' }, teamProblem(error)));
    } finally {
      ask.removeAttribute('aria-disabled');
    }
  });
  box.append(linkRow, ask, status);
  return box;
}
