import type { Questionnaire } from '../../../src/domain/questionnaire/questionnaire-schema.js';
import { api, type Credentials, type TeamView } from '../api.js';
import { announce, h } from '../dom.js';
import { formatNumber, t } from '../i18n.js';
import { teamProblem } from '../team-problem.js';
import { answerLabel, questionTitle } from './answer-label.js';

/** The API's limit (src/domain/team/team.ts). */
const DISPLAY_NAME_MAX = 60;

type Member = TeamView['members'][number];

export function memberName(member: Pick<Member, 'displayName' | 'number'>): string {
  return member.displayName ?? t('team.member.number', { number: member.number });
}

/** Who is in the team, how far each is, and their overall index once submitted. */
export function teamMembers(team: TeamView): HTMLElement {
  return h(
    'section',
    { class: 'card', 'aria-labelledby': 'team-members-title' },
    h('h2', { id: 'team-members-title' }, t('team.members.title')),
    h(
      'table',
      { class: 'scores team-members' },
      h('caption', { class: 'visually-hidden' }, t('team.members.title')),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, t('team.members.name')),
          h('th', { scope: 'col' }, t('team.members.status')),
          h('th', { scope: 'col' }, t('team.members.index')),
        ),
      ),
      h(
        'tbody',
        {},
        ...team.members.map((member) =>
          h(
            'tr',
            {},
            h(
              'th',
              { scope: 'row' },
              memberName(member),
              member.isYou ? h('span', { class: 'meta' }, ` ${t('team.members.you')}`) : null,
            ),
            h(
              'td',
              {},
              member.status === 'submitted' ? t('team.members.submitted') : t('team.members.draft'),
            ),
            h('td', {}, member.overallScore === null ? '—' : formatNumber(member.overallScore)),
          ),
        ),
      ),
    ),
  );
}

/** My name in the team and whether the others may read my answers. */
export function teamSettings(team: TeamView, credentials: Credentials): HTMLElement {
  const me = team.members.find((member) => member.isYou)!;
  const name = h('input', {
    type: 'text',
    id: 'team-my-name',
    maxlength: DISPLAY_NAME_MAX,
    autocomplete: 'given-name',
    value: me.displayName ?? '',
  });
  const share = h('input', {
    type: 'checkbox',
    id: 'team-share',
    checked: me.shareAnswers,
    'aria-describedby': 'team-share-hint',
  });
  const save = h('button', { type: 'submit', id: 'team-settings-save' }, t('team.settings.save'));
  const status = h('p', { class: 'meta', 'aria-live': 'polite' });
  const form = h(
    'form',
    { class: 'team-settings' },
    h('div', { class: 'field' }, h('label', { for: name.id }, t('team.settings.name')), name),
    h(
      'div',
      { class: 'field consent' },
      h(
        'label',
        { class: 'choice', for: share.id },
        share,
        h('span', {}, t('team.settings.share')),
      ),
      h('p', { class: 'help', id: 'team-share-hint' }, t('team.settings.share.hint')),
    ),
    save,
    status,
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    save.setAttribute('aria-disabled', 'true');
    status.textContent = '';
    try {
      await api.updateTeamMember(credentials, {
        displayName: name.value.trim() || null,
        shareAnswers: share.checked,
      });
      status.textContent = t('team.settings.saved');
      announce(t('team.settings.saved'));
    } catch (error) {
      status.textContent = teamProblem(error);
    } finally {
      save.removeAttribute('aria-disabled');
    }
  });
  return h(
    'section',
    { class: 'card', 'aria-labelledby': 'team-settings-title' },
    h('h2', { id: 'team-settings-title' }, t('team.settings.title')),
    form,
  );
}

/** The detailed answers of the members who allowed it, one collapsible block each. */
export function teamSharedAnswers(team: TeamView, questionnaire: Questionnaire): HTMLElement {
  const order = [
    ...questionnaire.contextQuestions.map((q) => q.id),
    ...questionnaire.areas.flatMap((area) =>
      questionnaire.questions.filter((q) => q.area === area.id).map((q) => q.id),
    ),
  ];
  return h(
    'section',
    { class: 'card', 'aria-labelledby': 'team-shared-title' },
    h('h2', { id: 'team-shared-title' }, t('team.shared.title')),
    team.sharedAnswers.length === 0
      ? h('p', {}, t('team.shared.none'))
      : h('p', { class: 'meta' }, t('team.shared.intro')),
    ...team.sharedAnswers.map((shared) =>
      h(
        'details',
        { class: 'shared-answers' },
        h('summary', {}, t('team.shared.of', { name: memberName(shared) })),
        h(
          'dl',
          {},
          ...order
            .filter((id) => shared.answers[id] !== undefined)
            .flatMap((id) => [
              h('dt', {}, questionTitle(questionnaire, id)),
              h('dd', {}, answerLabel(questionnaire, id, shared.answers[id]!)),
            ]),
        ),
      ),
    ),
  );
}
