import { answersFileButton } from '../components/answers-file-button.js';
import { links } from '../routes.js';
import type { Answers, AnswerValue } from '../../../src/domain/answers/answer-schema.js';
import { hiddenQuestions } from '../../../src/domain/answers/hidden-questions.js';
import { mergeAnswers } from '../../../src/domain/answers/merge-answers.js';
import { answerTo } from '../../../src/domain/answers/answer-to.js';
import { unansweredRequired } from '../../../src/domain/answers/unanswered-required.js';
import { localize } from '../../../src/domain/questionnaire/localize.js';
import { indexQuestionnaire } from '../../../src/domain/questionnaire/questionnaire-index.js';
import type { Questionnaire } from '../../../src/domain/questionnaire/questionnaire-schema.js';
import { scoreResponse } from '../../../src/domain/scoring/score-response.js';
import { AnswerSaver, type SaveState } from '../answer-saver.js';
import { api, ApiError, type Credentials } from '../api.js';
import { questionField, type AnyQuestion } from '../components/question-field-legacy.js';
import { resumeBox } from '../components/resume-box.js';
import { announce, h, showPage } from '../dom.js';
import { formatNumber, locale, t } from '../i18n.js';
import { formatDate } from '../format-date.js';
import { showError } from './error-page.js';

/** The API's limit (src/domain/response/association-name.ts): the field lets no more be typed. */
const ASSOCIATION_NAME_MAX = 200;

interface Step {
  title: string;
  intro: string;
  areaId?: string;
  questions: AnyQuestion[];
}

/** One saver per response for the life of the page: steps come and go, pending answers stay. */
const savers = new Map<string, AnswerSaver>();
function saverFor(credentials: Credentials): AnswerSaver {
  let saver = savers.get(credentials.id);
  if (!saver) {
    saver = new AnswerSaver(credentials, showSaveState);
    savers.set(credentials.id, saver);
  }
  return saver;
}

/** The questionnaire, one step per area (context questions first), then the review. */
export async function showDiagnosis(
  root: HTMLElement,
  credentials: Credentials,
  stepIndex: number,
  navigate: (path: string) => void,
): Promise<void> {
  let questionnaire: Questionnaire;
  let answers: Answers;
  let associationName: string;
  // Set when this draft was taken again from a submitted diagnosis: its answers were carried over.
  let carriedFrom: string | undefined;
  const saver = saverFor(credentials);
  try {
    const response = await api.response(credentials);
    if (response.status === 'submitted') {
      navigate(links.results(credentials.id));
      return;
    }
    questionnaire = await api.questionnaire(response.questionnaireId, response.version);
    carriedFrom = response.progress?.previous.submittedAt;
    answers = mergeAnswers(response.answers, saver.unsent());
    const unsentName = saver.unsentAssociationName();
    associationName = (unsentName === undefined ? response.associationName : unsentName) ?? '';
  } catch (error) {
    showError(root, error, () => void showDiagnosis(root, credentials, stepIndex, navigate));
    return;
  }
  void saver.flush();

  const fallback = questionnaire.defaultLocale;
  const text = (s: Record<string, string>) => localize(s, locale(), fallback);
  const steps: Step[] = [
    ...(questionnaire.contextQuestions.length > 0
      ? [
          {
            title: t('diag.context.title'),
            intro: t('diag.context.intro'),
            questions: questionnaire.contextQuestions,
          },
        ]
      : []),
    ...questionnaire.areas.map((area) => ({
      title: text(area.title),
      intro: text(area.description),
      areaId: area.id,
      questions: questionnaire.questions.filter((q) => q.area === area.id),
    })),
  ];
  const reviewIndex = steps.length;
  const current = Math.min(Math.max(0, stepIndex), reviewIndex);
  const go = (index: number) => navigate(links.diagnosis(credentials.id, index));
  const index = indexQuestionnaire(questionnaire);

  const progressBar = h('progress', { max: 100, value: 0, 'aria-labelledby': 'progress-label' });
  const progressLabel = h('p', { id: 'progress-label', class: 'progress-label' });
  const stepProgress = h('p', { class: 'step-progress' });
  const preview = h('p', { class: 'preview' });
  const fields = new Map<string, HTMLFieldSetElement>();

  const refresh = () => {
    const hidden = hiddenQuestions(index, answers);
    for (const [id, field] of fields) field.hidden = hidden.has(id);
    const shown = [...questionnaire.contextQuestions, ...questionnaire.questions].filter(
      (q) => !hidden.has(q.id),
    );
    const answered = shown.filter((q) => answerTo(answers, q.id) !== undefined).length;
    const percent = shown.length ? Math.round((100 * answered) / shown.length) : 0;
    progressBar.value = percent;
    progressLabel.textContent = `${t('diag.stepOf', { current: current + 1, total: steps.length + 1 })} · ${t('diag.answered', { percent })}`;
    const inStep = (steps[current]?.questions ?? []).filter((q) => !hidden.has(q.id));
    stepProgress.textContent =
      current < reviewIndex
        ? t('diag.stepAnswered', {
            answered: inStep.filter((q) => answerTo(answers, q.id) !== undefined).length,
            total: inStep.length,
          })
        : '';
    const areaId = steps[current]?.areaId;
    if (areaId) {
      // The same scoring code as the server: the preview equals what submitting gives.
      const area = scoreResponse(questionnaire, answers).areas.find((a) => a.id === areaId);
      preview.textContent =
        area?.score === null || area === undefined
          ? t('diag.preview.none')
          : t('diag.preview', { score: formatNumber(area.score) });
    }
  };

  const onAnswer = (questionId: string, value: AnswerValue | null) => {
    if (value === null) delete answers[questionId];
    else answers[questionId] = value;
    saver.change(questionId, value);
    refresh();
  };

  const header = h(
    'header',
    { class: 'step-header' },
    h('p', { class: 'questionnaire-title' }, text(questionnaire.title)),
    progressLabel,
    progressBar,
    stepProgress,
  );

  let body: Node[];
  if (current === reviewIndex) {
    body = reviewStep(questionnaire, answers, steps, credentials, saver, navigate, associationName);
  } else {
    const step = steps[current]!;
    for (const question of step.questions) {
      fields.set(
        question.id,
        questionField(question, answerTo(answers, question.id), fallback, onAnswer),
      );
    }
    body = [
      h('h1', {}, step.title),
      current === 0 && carriedFrom
        ? h('p', { class: 'notice' }, t('diag.carriedOver', { date: formatDate(carriedFrom) }))
        : null,
      h('p', { class: 'lead' }, step.intro),
      ...fields.values(),
    ].filter((node): node is NonNullable<typeof node> => node !== null);
    if (step.areaId) body.push(preview);
  }

  const nav = h(
    'nav',
    {
      class: 'step-nav',
      'aria-label': t('diag.stepOf', { current: current + 1, total: steps.length + 1 }),
    },
    current > 0
      ? h('button', { type: 'button', onclick: () => go(current - 1) }, t('diag.previous'))
      : null,
    current < reviewIndex
      ? h(
          'button',
          { type: 'button', class: 'primary', onclick: () => go(current + 1) },
          current === reviewIndex - 1 ? t('diag.review') : t('diag.next'),
        )
      : null,
  );

  showPage(
    root,
    header,
    h('form', { class: 'step', onsubmit: (e: Event) => e.preventDefault() }, ...body),
    nav,
    current === 0 || current === reviewIndex ? resumeBox(credentials) : h('span'),
  );
  refresh();
}

function reviewStep(
  questionnaire: Questionnaire,
  answers: Answers,
  steps: Step[],
  credentials: Credentials,
  saver: AnswerSaver,
  navigate: (path: string) => void,
  associationName: string,
): Node[] {
  const text = (s: Record<string, string>) => localize(s, locale(), questionnaire.defaultLocale);
  const missing = unansweredRequired(questionnaire, answers);
  const stepOf = (questionId: string) =>
    steps.findIndex((s) => s.questions.some((q) => q.id === questionId));
  const questionOf = (questionId: string) =>
    [...questionnaire.contextQuestions, ...questionnaire.questions].find(
      (q) => q.id === questionId,
    )!;
  const submitButton = h('button', { type: 'button', class: 'primary' }, t('review.submit'));
  const problem = h('div', { 'aria-live': 'polite' });
  submitButton.addEventListener('click', async () => {
    submitButton.disabled = true;
    submitButton.textContent = t('review.submitting');
    try {
      await saver.flush();
      await api.submit(credentials);
      navigate(links.results(credentials.id));
    } catch (error) {
      submitButton.disabled = false;
      submitButton.textContent = t('review.submit');
      problem.replaceChildren(
        h(
          'p',
          { class: 'error', role: 'alert' },
          error instanceof ApiError && error.offline
            ? t('error.network')
            : error instanceof ApiError && error.code === 'workshop_closed'
              ? t('save.workshopClosed')
              : error instanceof ApiError && error.code === 'required_unanswered'
                ? t('review.refused', { count: error.errors.length })
                : t('error.generic', {
                    detail: error instanceof Error ? error.message : String(error),
                  }),
        ),
      );
    }
  });
  return [
    h('h1', {}, t('review.title')),
    missing.length === 0
      ? h('p', { class: 'ok' }, t('review.complete'))
      : h(
          'div',
          {},
          h('p', {}, t('review.missing', { count: missing.length })),
          h(
            'ul',
            { class: 'missing' },
            ...missing.map((id) =>
              h(
                'li',
                {},
                h(
                  'a',
                  { href: links.diagnosis(credentials.id, stepOf(id)) },
                  t('review.item', {
                    step: steps[stepOf(id)]?.title ?? '',
                    question: text(questionOf(id).title),
                  }),
                ),
              ),
            ),
          ),
        ),
    associationNameField(associationName, saver),
    h('p', {}, t('review.final')),
    submitButton,
    problem,
    answersFileButton(credentials, () => saver.flush()),
  ];
}

/**
 * The association's name, optional, asked on the review step: it only serves the PDF report,
 * which comes right after sending, and the review is the last moment a draft can change. Asked
 * first, it would hold up a diagnosis that needs no name and suggest it is not anonymous.
 */
function associationNameField(value: string, saver: AnswerSaver): HTMLElement {
  const input = h('input', {
    type: 'text',
    id: 'association-name',
    name: 'association-name',
    value,
    maxlength: ASSOCIATION_NAME_MAX,
    autocomplete: 'organization',
    'aria-describedby': 'association-name-hint',
  });
  input.addEventListener('input', () => saver.changeAssociationName(input.value));
  return h(
    'div',
    { class: 'field association-name' },
    h('label', { for: input.id }, t('review.name.label')),
    h('p', { class: 'help', id: 'association-name-hint' }, t('review.name.hint')),
    input,
  );
}

function showSaveState(state: SaveState, detail?: string, code?: string): void {
  const messages: Record<SaveState, string> = {
    saving: t('save.saving'),
    saved: t('save.saved'),
    offline: t('save.offline'),
    error:
      code === 'workshop_closed'
        ? t('save.workshopClosed')
        : t('save.error', { detail: detail ?? '' }),
  };
  const indicator = document.getElementById('save-state');
  if (indicator) {
    indicator.textContent = messages[state];
    indicator.dataset.state = state;
  }
  if (state !== 'saving') announce(messages[state]);
}
