import type { Answers, AnswerValue } from '../../../../src/domain/answers/answer-schema.js';
import { unansweredRequired } from '../../../../src/domain/answers/unanswered-required.js';
import { localize } from '../../../../src/domain/questionnaire/localize.js';
import type { Questionnaire } from '../../../../src/domain/questionnaire/questionnaire-schema.js';
import { api, type Credentials, type QuestionnaireSummary } from '../../api.js';
import { qrCode } from '../../components/qr-code.js';
import { questionField, type AnyQuestion } from '../../components/question-field-legacy.js';
import { resumeBox } from '../../components/resume-box.js';
import { announce, h, showPage } from '../../dom.js';
import { facilitatorApi, isSignedOut } from '../../facilitator-api.js';
import { locale, t } from '../../i18n.js';
import { resumeLink } from '../../resume-link.js';
import type { FacilitatorSession, Workshop } from '../../workshop-types.js';
import { showError } from '../error-page.js';
import { facilitatorHeader } from './facilitator-header.js';
import {
  choiceOfDigit,
  entryOrder,
  setAnswer,
  shownQuestions,
  withoutHidden,
} from './paper-entry-keys.js';

interface Entry {
  questionnaire: Questionnaire;
  associationName: string;
  responseLocale: string;
  workshop: Workshop | undefined;
  answers: Answers;
}

/**
 * Typing a paper questionnaire in, built for the keyboard: one question at a time, a digit picks
 * a choice (1, 2, 3…; 0 the tenth), Space ticks in multiple choice, Enter goes on, Backspace goes
 * back, questions the answers hide are skipped; then a summary to check and send. From a
 * workshop (#/animateur/atelier/<id>/saisie), the response joins it.
 */
export async function showPaperEntry(
  root: HTMLElement,
  session: FacilitatorSession,
  navigate: (path: string) => void,
  workshopId?: string,
): Promise<void> {
  let questionnaires: QuestionnaireSummary[];
  let workshop: Workshop | undefined;
  try {
    [{ questionnaires }, workshop] = await Promise.all([
      api.listQuestionnaires(),
      workshopId ? facilitatorApi.workshop(workshopId) : Promise.resolve(undefined),
    ]);
  } catch (error) {
    if (isSignedOut(error)) return navigate(location.hash);
    showError(root, error, () => void showPaperEntry(root, session, navigate, workshopId));
    return;
  }
  const header = () =>
    facilitatorHeader(
      session,
      navigate,
      workshop
        ? { href: `#/animateur/atelier/${workshop.id}`, label: t('entry.back.workshop') }
        : { href: '#/animateur', label: t('entry.back.workshops') },
    );
  const lang = locale();

  const questionnaire = h(
    'select',
    { id: 'entry-questionnaire' },
    ...questionnaires.map((q) =>
      h('option', { value: q.id }, localize(q.title, lang, q.locales[0] ?? 'fr')),
    ),
  );
  const version = h('select', { id: 'entry-version' });
  const fillVersions = () => {
    const chosen = questionnaires.find((q) => q.id === questionnaire.value);
    version.replaceChildren(
      ...(chosen?.versions ?? [])
        .slice()
        .reverse()
        .map((v) => h('option', { value: v, selected: v === chosen?.latest }, v)),
    );
  };
  questionnaire.addEventListener('change', fillVersions);
  fillVersions();
  const name = h('input', {
    type: 'text',
    id: 'entry-name',
    maxlength: 120,
    autocomplete: 'off',
    'aria-describedby': 'entry-name-hint',
  });
  const problem = h('div', { 'aria-live': 'polite' });
  const form = h(
    'form',
    {
      class: 'card entry-setup',
      onsubmit: async (event: Event) => {
        event.preventDefault();
        const id = workshop?.questionnaireId ?? questionnaire.value;
        const chosenVersion = workshop?.version ?? version.value;
        try {
          const definition = await api.questionnaire(id, chosenVersion);
          const responseLocale =
            workshop?.locale ??
            (definition.locales.includes(lang) ? lang : definition.defaultLocale);
          const entry: Entry = {
            questionnaire: definition,
            associationName: name.value.trim(),
            responseLocale,
            workshop,
            answers: {},
          };
          showQuestion(root, entry, 0, header, navigate);
        } catch (error) {
          problem.replaceChildren(
            h('p', { class: 'error', role: 'alert' }, error instanceof Error ? error.message : ''),
          );
        }
      },
    },
    workshop
      ? h('p', {}, t('entry.workshop', { title: workshop.title }))
      : h(
          'div',
          {},
          h(
            'div',
            { class: 'field' },
            h('label', { for: questionnaire.id }, t('entry.questionnaire')),
            questionnaire,
          ),
          h(
            'div',
            { class: 'field' },
            h('label', { for: version.id }, t('entry.version')),
            version,
          ),
        ),
    h(
      'div',
      { class: 'field' },
      h('label', { for: name.id }, t('entry.name')),
      h('p', { class: 'help', id: 'entry-name-hint' }, t('entry.name.hint')),
      name,
    ),
    h('button', { type: 'submit', class: 'primary', id: 'entry-start' }, t('entry.start')),
    problem,
  );
  showPage(
    root,
    header(),
    h('h1', {}, t('entry.title')),
    h('p', { class: 'lead' }, t('entry.intro')),
    h('p', {}, t('entry.keys')),
    form,
  );
}

function showQuestion(
  root: HTMLElement,
  entry: Entry,
  position: number,
  header: () => HTMLElement,
  navigate: (path: string) => void,
): void {
  const shown = shownQuestions(entry.questionnaire, entry.answers);
  if (position >= shown.length) return showSummary(root, entry, header, navigate);
  const at = Math.max(0, position);
  const question = shown[at]!;
  const number = entryOrder(entry.questionnaire).indexOf(question) + 1;
  const go = (next: number) => showQuestion(root, entry, next, header, navigate);
  const field = questionField(
    question,
    entry.answers[question.id],
    entry.questionnaire.defaultLocale,
    (id, value) => {
      entry.answers = setAnswer(entry.answers, id, value);
    },
  );
  field.classList.add('entry-question');
  const inputs = [...field.querySelectorAll('input')];
  field.addEventListener('keydown', (event: KeyboardEvent) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const choice = choiceOfDigit(event.key);
    if (choice !== undefined) {
      event.preventDefault();
      const input = inputs[choice];
      if (input) {
        input.click();
        input.focus();
      }
    } else if (event.key === 'Enter') {
      event.preventDefault();
      go(at + 1);
    } else if (event.key === 'Backspace') {
      event.preventDefault();
      if (at > 0) go(at - 1);
    }
  });
  const previous = h('button', { type: 'button', disabled: at === 0 }, t('entry.previous'));
  previous.addEventListener('click', () => go(at - 1));
  const next = h('button', { type: 'button', class: 'primary' }, t('entry.next'));
  next.addEventListener('click', () => go(at + 1));
  root.replaceChildren(
    header(),
    h(
      'p',
      { class: 'meta', id: 'entry-progress' },
      t('entry.progress', { number, position: at + 1, count: shown.length }),
    ),
    field,
    h('div', { class: 'actions' }, previous, ' ', next),
    h('p', { class: 'meta' }, t('entry.keys')),
  );
  // The chosen answer (or the first choice) takes the focus: the keys work at once.
  const focus = inputs.find((input) => input.checked) ?? inputs[0];
  focus?.focus();
  announce(t('entry.progress', { number, position: at + 1, count: shown.length }));
}

function answerText(
  question: AnyQuestion,
  value: AnswerValue | undefined,
  text: (s: Record<string, string>) => string,
): string {
  if (value === undefined) return t('entry.summary.none');
  const label = (id: string | number) => {
    const option = question.options.find((o) => o.id === id);
    return option ? text(option.label) : String(id);
  };
  return Array.isArray(value) ? value.map(label).join(', ') : label(value);
}

function showSummary(
  root: HTMLElement,
  entry: Entry,
  header: () => HTMLElement,
  navigate: (path: string) => void,
): void {
  const { questionnaire } = entry;
  const text = (s: Record<string, string>) => localize(s, locale(), questionnaire.defaultLocale);
  const answers = withoutHidden(questionnaire, entry.answers);
  const shown = shownQuestions(questionnaire, answers);
  const missing = new Set(unansweredRequired(questionnaire, answers));
  const order = entryOrder(questionnaire);
  const submit = h(
    'button',
    { type: 'button', class: 'primary', id: 'entry-submit' },
    t('entry.submit'),
  );
  const problem = h('div', { 'aria-live': 'polite' });
  submit.addEventListener('click', async () => {
    submit.disabled = true;
    try {
      const name = entry.associationName || undefined;
      const started = entry.workshop
        ? await api.join(entry.workshop.joinCode, { associationName: name })
        : await api.start(questionnaire.id, entry.responseLocale, {
            version: questionnaire.version,
            associationName: name,
          });
      const credentials: Credentials = { id: started.id, token: started.token };
      await api.saveAnswers(credentials, { answers });
      await api.submit(credentials);
      showDone(root, entry, credentials, header, navigate);
    } catch (error) {
      submit.disabled = false;
      problem.replaceChildren(
        h(
          'p',
          { class: 'error', role: 'alert' },
          t('error.generic', { detail: error instanceof Error ? error.message : String(error) }),
        ),
      );
    }
  });
  showPage(
    root,
    header(),
    h('h1', {}, t('entry.summary.title')),
    h('p', {}, t('entry.summary.name', { name: entry.associationName || '—' })),
    missing.size > 0
      ? h('p', { class: 'error' }, t('entry.summary.missing', { count: missing.size }))
      : h('p', { class: 'ok' }, t('entry.summary.complete')),
    h(
      'ol',
      { class: 'entry-summary' },
      ...shown.map((question, position) => {
        const fix = h('button', { type: 'button', class: 'link' }, t('entry.summary.fix'));
        fix.addEventListener('click', () => showQuestion(root, entry, position, header, navigate));
        return h(
          'li',
          {
            class: missing.has(question.id) ? 'missing' : undefined,
            value: order.indexOf(question) + 1,
          },
          h('span', { class: 'question' }, text(question.title)),
          ' ',
          h('strong', {}, answerText(question, answers[question.id], text)),
          ' ',
          fix,
        );
      }),
    ),
    missing.size > 0 ? h('span') : submit,
    problem,
  );
  // Complete: Enter sends at once (the heading was read out as the page changed).
  if (missing.size === 0) submit.focus();
}

function showDone(
  root: HTMLElement,
  entry: Entry,
  credentials: Credentials,
  header: () => HTMLElement,
  navigate: (path: string) => void,
): void {
  const again = h(
    'button',
    { type: 'button', class: 'primary', id: 'entry-again' },
    t('entry.done.again'),
  );
  again.addEventListener('click', () => {
    const path = entry.workshop
      ? `#/animateur/atelier/${entry.workshop.id}/saisie`
      : '#/animateur/saisie';
    navigate(path);
  });
  showPage(
    root,
    header(),
    h('h1', {}, t('entry.done.title')),
    h('p', { class: 'lead' }, t('entry.done.text')),
    resumeBox(credentials),
    h(
      'figure',
      { class: 'entry-qr' },
      qrCode(resumeLink(credentials), t('entry.done.qr')),
      h('figcaption', {}, t('entry.done.qr')),
    ),
    again,
  );
}
