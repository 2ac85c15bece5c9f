import type { Questionnaire } from '../../../src/domain/questionnaire/questionnaire-schema.js';
import { links } from '../routes.js';
import { localize } from '../../../src/domain/questionnaire/localize.js';
import { api, type Credentials, type TeamView } from '../api.js';
import { downloadButton } from '../components/download-button.js';
import { teamAgreements } from '../components/team-agreements.js';
import { teamInvite } from '../components/team-invite.js';
import { teamMembers, teamSettings, teamSharedAnswers } from '../components/team-members.js';
import { teamProfile } from '../components/team-profile.js';
import { teamTopics } from '../components/team-topics.js';
import { h, showPage } from '../dom.js';
import { formatNumber, locale, t } from '../i18n.js';
import { showError } from './error-page.js';

/**
 * The team view (#/equipe-vue/<responseId>), for the owner and every member: the combined
 * profile, where the members disagree, the agreed levels, who is in the team, my own settings,
 * the answers members chose to share, and the team PDF.
 */
export async function showTeam(
  root: HTMLElement,
  credentials: Credentials,
  navigate: (path: string) => void,
): Promise<void> {
  let team: TeamView;
  let questionnaire: Questionnaire;
  root.replaceChildren(h('p', { role: 'status' }, t('team.loading')));
  try {
    team = await api.team(credentials);
    questionnaire = await api.questionnaire(team.questionnaireId, team.version);
  } catch (error) {
    showError(root, error, () => void showTeam(root, credentials, navigate));
    return;
  }
  const text = (s: Record<string, string>) => localize(s, locale(), questionnaire.defaultLocale);
  const me = team.members.find((member) => member.isYou)!;
  const submitted = team.members.filter((member) => member.status === 'submitted').length;
  const overall = team.combined.overall;
  const overallLevel = questionnaire.levels.find((level) => level.id === overall.level);

  const invite =
    team.role === 'owner'
      ? [
          h(
            'section',
            { class: 'card', 'aria-labelledby': 'team-invite-title' },
            h('h2', { id: 'team-invite-title' }, t('team.invite.title')),
            h('p', {}, t('team.invite.intro')),
            teamInvite(credentials, { started: true }),
          ),
        ]
      : [];
  showPage(
    root,
    h(
      'section',
      { class: 'card overall team-head' },
      h('p', { class: 'eyebrow' }, t('team.eyebrow')),
      h(
        'h1',
        {},
        team.associationName ?? t('team.title.unnamed'),
        h('span', { class: 'heading-name' }, text(questionnaire.title)),
      ),
      h('p', {}, t('team.counts', { members: team.members.length, submitted })),
      h(
        'p',
        { class: 'overall-score' },
        overall.mean === null
          ? t('team.overall.none')
          : t('team.overall', { score: formatNumber(overall.mean) }),
      ),
      overallLevel
        ? h('p', {}, h('strong', {}, t('results.level', { level: text(overallLevel.title) })))
        : null,
      downloadButton({
        id: 'team-report-download',
        label: t('team.report'),
        fallbackName: t('team.report.fileName'),
        fetch: () => api.teamReport(credentials, locale()),
        primary: true,
      }),
      me.status === 'draft'
        ? h('p', {}, h('a', { href: links.diagnosis(credentials.id) }, t('team.continue')))
        : null,
    ),
    ...invite,
    teamProfile(team, questionnaire),
    teamTopics(team, questionnaire),
    teamAgreements(team, questionnaire, credentials),
    teamMembers(team),
    teamSettings(team, credentials),
    teamSharedAnswers(team, questionnaire),
    h(
      'p',
      { class: 'actions' },
      me.status === 'submitted'
        ? h('a', { href: links.results(credentials.id) }, t('team.back'))
        : null,
      ' ',
      h('a', { href: links.home() }, t('results.home')),
    ),
  );
}
