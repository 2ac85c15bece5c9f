import type { Questionnaire } from '../../../src/domain/questionnaire/questionnaire-schema.js';
import { api, type Credentials, type ResponseView } from '../api.js';
import { historySection } from '../components/history-section.js';
import { answersFileButton } from '../components/answers-file-button.js';
import { reportButton } from '../components/report-button.js';
import { shareSection } from '../components/share-section.js';
import { resultsView } from '../components/results-view.js';
import { teamBox } from '../components/team-box.js';
import { announce, h, showPage } from '../dom.js';
import { t } from '../i18n.js';
import { forgetCurrent } from '../resume-link.js';
import { showError } from './error-page.js';

/** The radar, the levels in words, each area, and the action plan by horizon. */
export async function showResults(
  root: HTMLElement,
  credentials: Credentials,
  navigate: (path: string) => void,
): Promise<void> {
  let response: ResponseView;
  let questionnaire: Questionnaire;
  try {
    response = await api.response(credentials);
    if (response.status !== 'submitted') {
      navigate(`#/diagnostic/${credentials.id}/0`);
      return;
    }
    questionnaire = await api.questionnaire(response.questionnaireId, response.version);
  } catch (error) {
    showError(root, error, () => void showResults(root, credentials, navigate));
    return;
  }
  const deleteButton = h('button', { type: 'button', class: 'danger' }, t('results.delete'));
  deleteButton.addEventListener('click', async () => {
    if (!window.confirm(t('results.delete.confirm'))) return;
    try {
      await api.remove(credentials);
      forgetCurrent();
      navigate('#/');
      announce(t('results.deleted'));
    } catch (error) {
      showError(root, error, () => void showResults(root, credentials, navigate));
    }
  });

  const saveState = document.getElementById('save-state');
  if (saveState) saveState.textContent = '';
  showPage(
    root,
    ...resultsView(response, questionnaire, {
      title: t('results.title'),
      report: h(
        'div',
        {},
        reportButton(credentials),
        planLink(credentials.id),
        answersFileButton(credentials),
      ),
      extra: [
        teamBox(credentials),
        shareSection(credentials),
        historySection(response, credentials, navigate),
      ],
      actions: [deleteButton, ' ', h('a', { href: '#/' }, t('results.home'))],
    }),
  );
}

/** The way to the plan the association owns (see plan-page.ts). */
function planLink(id: string): HTMLElement {
  return h(
    'div',
    { class: 'plan-link' },
    h(
      'a',
      { class: 'button', href: `#/plan/${id}`, id: 'plan-link', 'aria-describedby': 'plan-hint' },
      t('results.plan.build'),
    ),
    h('p', { class: 'meta', id: 'plan-hint' }, t('results.plan.build.hint')),
  );
}
