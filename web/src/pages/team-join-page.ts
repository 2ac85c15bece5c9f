import { api, ApiError, type TeamInviteInfo } from '../api.js';
import { hintedField, startDiagnosisForm } from '../components/start-diagnosis-form.js';
import { h, showPage } from '../dom.js';
import { locale, t } from '../i18n.js';
import { teamProblem } from '../team-problem.js';
import { showError } from './error-page.js';

/** The API's limit (src/domain/team/team.ts). */
const DISPLAY_NAME_MAX = 60;

/**
 * What an invite link opens (#/equipe/<code>): which association asks, what the team diagnosis
 * is and what the others will see, an optional first name, then the member's own diagnosis.
 */
export async function showTeamJoin(
  root: HTMLElement,
  code: string,
  navigate: (path: string) => void,
): Promise<void> {
  root.replaceChildren(h('p', { role: 'status' }, t('team.join.loading')));
  let invite: TeamInviteInfo;
  try {
    invite = await api.teamByInvite(code, locale());
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) {
      showPage(
        root,
        h(
          'section',
          { class: 'card join' },
          h('h1', {}, t('team.join.unknown.title')),
          h('p', { class: 'error', role: 'alert' }, t('team.join.unknown')),
          h('p', {}, h('a', { href: '#/' }, t('team.join.alone'))),
        ),
      );
      return;
    }
    showError(root, error, () => void showTeamJoin(root, code, navigate));
    return;
  }

  const name = h('input', {
    type: 'text',
    id: 'team-join-name',
    name: 'display-name',
    maxlength: DISPLAY_NAME_MAX,
    autocomplete: 'given-name',
  });
  const form = startDiagnosisForm({
    fields: [hintedField(name, t('team.join.name.label'), t('team.join.name.hint'))],
    buttonId: 'team-join-start',
    labels: { start: t('team.join.start'), starting: t('team.join.starting') },
    start: () => {
      const displayName = name.value.trim();
      return api.joinTeam(code, {
        ...(displayName ? { displayName } : {}),
        // The member answers in the language of the page when the questionnaire has it.
        ...(invite.locales.includes(locale()) ? { locale: locale() } : {}),
      });
    },
    problem: teamProblem,
    navigate,
  });

  const association = invite.associationName ?? t('team.join.unnamed');
  showPage(
    root,
    h(
      'section',
      { class: 'card join' },
      h('p', { class: 'eyebrow' }, t('team.eyebrow')),
      h('h1', {}, t('team.join.title', { association })),
      h('p', {}, t('team.join.intro', { association, questionnaire: invite.questionnaireTitle })),
      h('p', {}, t('team.join.count', { count: invite.memberCount })),
      h('p', { class: 'help' }, t('team.join.privacy')),
      form,
    ),
  );
}
