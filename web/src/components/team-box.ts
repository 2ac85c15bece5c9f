import { api, ApiError, type Credentials, type TeamView } from '../api.js';
import { links } from '../routes.js';
import { h } from '../dom.js';
import { t } from '../i18n.js';
import { teamInvite } from './team-invite.js';

/**
 * On the results page: "do the diagnosis as a team". Without a team, the owner-to-be asks for an
 * invite link; in a team, a link to the team view (and, for the owner, the invite link).
 */
export function teamBox(credentials: Credentials): HTMLElement {
  const body = h('div', {});
  const section = h(
    'section',
    { class: 'card team-box', 'aria-labelledby': 'team-box-title' },
    h('h2', { id: 'team-box-title' }, t('team.box.title')),
    body,
  );
  const viewLink = () =>
    h(
      'p',
      {},
      h('a', { href: links.team(credentials.id), id: 'team-view-link' }, t('team.box.open')),
    );
  const draw = (team: TeamView | null) => {
    if (!team) {
      const invite = teamInvite(credentials, { started: false });
      invite.addEventListener('team-started', () => {
        if (!body.querySelector('#team-view-link')) body.append(viewLink());
      });
      body.replaceChildren(h('p', {}, t('team.box.intro')), invite);
    } else if (team.role === 'owner') {
      body.replaceChildren(
        h('p', {}, t('team.box.owner', { count: team.members.length })),
        viewLink(),
        teamInvite(credentials, { started: true }),
      );
    } else {
      body.replaceChildren(h('p', {}, t('team.box.member')), viewLink());
    }
  };
  api.team(credentials).then(
    (team) => draw(team),
    (error: unknown) => {
      // No team yet (404) is the usual case; anything else leaves the box out quietly.
      if (error instanceof ApiError && error.status === 404) draw(null);
      else section.remove();
    },
  );
  return section;
}
