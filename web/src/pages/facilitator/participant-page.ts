import { answerTo } from '../../../../src/domain/answers/answer-to.js';
import { localize } from '../../../../src/domain/questionnaire/localize.js';
import type { Questionnaire } from '../../../../src/domain/questionnaire/questionnaire-schema.js';
import { api, type ResponseView } from '../../api.js';
import { downloadButton } from '../../components/download-button.js';
import { resultsView } from '../../components/results-view.js';
import { h, showPage } from '../../dom.js';
import { currentSession, facilitatorApi, isSignedOut } from '../../facilitator-api.js';
import { locale, t } from '../../i18n.js';
import { showError } from '../error-page.js';
import { facilitatorHeader } from './facilitator-header.js';

/**
 * A participant's results as the facilitator sees them: the same page as the volunteer's, their
 * PDF, and their answers only when they allowed it on joining.
 */
export async function showParticipant(
  root: HTMLElement,
  workshopId: string,
  responseId: string,
  navigate: (path: string) => void,
): Promise<void> {
  let response: ResponseView;
  let questionnaire: Questionnaire;
  try {
    response = await facilitatorApi.participant(workshopId, responseId);
    questionnaire = await api.questionnaire(response.questionnaireId, response.version);
  } catch (error) {
    if (isSignedOut(error)) return navigate(location.hash); // The sign-in form, then back here.
    showError(root, error, () => void showParticipant(root, workshopId, responseId, navigate));
    return;
  }
  const session = await currentSession().catch(() => undefined);
  const back = { href: `#/animateur/atelier/${workshopId}`, label: t('participant.back') };
  showPage(
    root,
    facilitatorHeader(session, navigate, back),
    ...resultsView(response, questionnaire, {
      title: t('participant.title'),
      seriesLabel: response.associationName ?? t('participant.dataset'),
      report: downloadButton({
        id: 'participant-report',
        label: t('results.report.download'),
        fallbackName: t('results.report.fileName'),
        primary: true,
        fetch: () => facilitatorApi.participantReport(workshopId, responseId, locale()),
        refusals: { 409: t('results.report.notSubmitted') },
      }),
      extra: [answersSection(response, questionnaire)],
      actions: [h('a', { href: back.href }, back.label)],
    }),
  );
}

/** The answers, question by question, or why they are not shown. */
function answersSection(response: ResponseView, questionnaire: Questionnaire): HTMLElement {
  const text = (s: Record<string, string>) => localize(s, locale(), questionnaire.defaultLocale);
  const questions = [...questionnaire.contextQuestions, ...questionnaire.questions];
  const answered = questions.filter((q) => answerTo(response.answers, q.id) !== undefined);
  const answerText = (question: (typeof questions)[number]): string => {
    const value = answerTo(response.answers, question.id);
    const values = Array.isArray(value) ? value : [value];
    return values
      .map((v) => {
        const option = question.options.find((o) => o.id === v);
        return option ? text(option.label) : String(v);
      })
      .join(', ');
  };
  return h(
    'section',
    { class: 'card', 'aria-labelledby': 'answers-title' },
    h('h2', { id: 'answers-title' }, t('participant.answers.title')),
    answered.length === 0
      ? h('p', {}, t('participant.answers.private'))
      : h(
          'dl',
          { class: 'answers' },
          ...answered.flatMap((question) => [
            h('dt', {}, text(question.title)),
            h('dd', {}, answerText(question)),
          ]),
        ),
  );
}
