import type { TeamView } from '../api.js';
import { formatNumber, t } from '../i18n.js';

type Member = TeamView['members'][number];

export function memberName(member: Pick<Member, 'displayName' | 'number'>): string {
  return member.displayName ?? t('team.member.number', { number: member.number });
}

/** Who is in the team, how far each is, and their overall index once submitted. */
export function TeamMembers({ team }: { team: TeamView }) {
  return (
    <section class="card" aria-labelledby="team-members-title">
      <h2 id="team-members-title">{t('team.members.title')}</h2>
      <table class="scores team-members">
        <caption class="visually-hidden">{t('team.members.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('team.members.name')}</th>
            <th scope="col">{t('team.members.status')}</th>
            <th scope="col">{t('team.members.index')}</th>
          </tr>
        </thead>
        <tbody>
          {team.members.map((member) => (
            <tr key={member.number}>
              <th scope="row">
                {memberName(member)}
                {member.isYou && <span class="meta">{` ${t('team.members.you')}`}</span>}
              </th>
              <td>
                {member.status === 'submitted'
                  ? t('team.members.submitted')
                  : t('team.members.draft')}
              </td>
              <td>{member.overallScore === null ? '—' : formatNumber(member.overallScore)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
