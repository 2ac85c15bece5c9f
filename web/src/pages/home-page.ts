import { localize } from '../../../src/domain/questionnaire/localize.js';
import { api } from '../api.js';
import { joinBox } from '../components/join-box.js';
import { loadAnswersFile } from '../components/load-answers-file.js';
import { h, showPage } from '../dom.js';
import { locale, t } from '../i18n.js';
import { currentCredentials, parseResumeLink, rememberCurrent } from '../resume-link.js';
import { showError } from './error-page.js';

export async function showHome(root: HTMLElement, navigate: (path: string) => void): Promise<void> {
  let questionnaires;
  root.replaceChildren(h('p', { role: 'status' }, t('home.loading')));
  try {
    ({ questionnaires } = await api.listQuestionnaires());
  } catch (error) {
    showError(root, error, () => void showHome(root, navigate));
    return;
  }
  const lang = locale();
  const start = async (id: string, button: HTMLButtonElement) => {
    button.disabled = true;
    try {
      const started = await api.start(id, lang);
      rememberCurrent(started);
      navigate(`#/diagnostic/${started.id}/0`);
    } catch (error) {
      showError(root, error, () => void showHome(root, navigate));
    }
  };

  const current = currentCredentials();
  const resumeInput = h('input', { type: 'url', id: 'resume-link', autocomplete: 'off' });
  const resumeError = h('p', { class: 'error', id: 'resume-error', 'aria-live': 'polite' });
  const resumeForm = h(
    'form',
    {
      class: 'resume',
      onsubmit: (event: Event) => {
        event.preventDefault();
        const credentials = parseResumeLink(resumeInput.value);
        if (!credentials) {
          resumeError.textContent = t('home.resume.invalid');
          resumeInput.setAttribute('aria-invalid', 'true');
          return;
        }
        rememberCurrent(credentials);
        navigate(`#/diagnostic/${credentials.id}/0`);
      },
    },
    h('label', { for: 'resume-link' }, t('home.resume.label')),
    resumeInput,
    h('button', { type: 'submit' }, t('home.resume.button')),
    resumeError,
  );

  showPage(
    root,
    h(
      'section',
      { class: 'intro' },
      h('h1', {}, t('home.title')),
      h('p', { class: 'lead' }, t('home.intro')),
    ),
    h(
      'section',
      { class: 'card', 'aria-labelledby': 'choose-title' },
      h('h2', { id: 'choose-title' }, t('home.choose')),
      questionnaires.length > 1 ? h('p', {}, t('home.choose.hint')) : null,
      h(
        'ul',
        { class: 'questionnaire-choice' },
        ...questionnaires.map((q) => {
          const titleId = `questionnaire-${q.id}-title`;
          // Every button reads "Start the diagnosis": the title, as its description, tells a
          // screen-reader user which one it starts.
          const button = h(
            'button',
            { type: 'button', class: 'primary', 'aria-describedby': titleId },
            t('home.start'),
          );
          button.addEventListener('click', () => void start(q.id, button));
          return h(
            'li',
            {},
            h(
              'article',
              { class: 'questionnaire', 'data-questionnaire': q.id },
              h('h3', { id: titleId }, localize(q.title, lang, q.locales[0] ?? 'fr')),
              h('p', {}, localize(q.description, lang, q.locales[0] ?? 'fr')),
              h('p', { class: 'meta' }, t('home.versions', { version: q.latest })),
              button,
            ),
          );
        }),
      ),
    ),
    joinBox(navigate),
    h(
      'section',
      { class: 'card', 'aria-labelledby': 'resume-title' },
      h('h2', { id: 'resume-title' }, t('home.resume.title')),
      current
        ? h(
            'p',
            {},
            h(
              'a',
              { href: `#/diagnostic/${current.id}/0`, class: 'button' },
              t('home.resume.current'),
            ),
          )
        : null,
      resumeForm,
    ),
    loadAnswersFile(navigate),
    h(
      'section',
      { class: 'card', 'aria-labelledby': 'data-title' },
      h('h2', { id: 'data-title' }, t('home.data.title')),
      h('p', {}, t('home.data.text')),
    ),
  );
}
