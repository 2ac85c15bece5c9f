import { api, ApiError } from '../api.js';
import { announce, h } from '../dom.js';
import { t } from '../i18n.js';
import { rememberCurrent } from '../resume-link.js';

/**
 * "Resume from a file": a native file input (keyboard and screen-reader usable as it is), read
 * in the browser and sent to the server, which starts a new draft from it.
 */
export function loadAnswersFile(navigate: (path: string) => void): HTMLElement {
  const input = h('input', {
    type: 'file',
    id: 'answers-file',
    accept: 'application/json,.json',
    'aria-describedby': 'answers-file-hint',
  });
  const status = h('div', { id: 'answers-file-status', 'aria-live': 'polite' });
  const button = h('button', { type: 'submit' }, t('answersFile.load.button'));
  const say = (text: string, error = false) =>
    status.replaceChildren(h('p', error ? { class: 'error', role: 'alert' } : {}, text));

  const form = h(
    'form',
    {
      class: 'load-answers',
      onsubmit: async (event: Event) => {
        event.preventDefault();
        const file = input.files?.[0];
        if (!file) return say(t('answersFile.load.none'), true);
        button.disabled = true;
        try {
          let document: unknown;
          try {
            document = JSON.parse(await file.text());
          } catch {
            return say(t('answersFile.load.notJson'), true);
          }
          const started = await api.importAnswers(document);
          rememberCurrent({ id: started.id, token: started.token });
          const path = `#/diagnostic/${started.id}/0`;
          if (started.dropped.length === 0) {
            announce(t('answersFile.load.done'));
            return navigate(path);
          }
          // Some answers did not fit the newer version: say so before opening the diagnosis.
          status.replaceChildren(
            h(
              'p',
              { class: 'notice' },
              t('answersFile.load.dropped', {
                count: started.dropped.length,
                version: started.version,
              }),
            ),
            h(
              'a',
              { href: path, class: 'button primary', id: 'answers-file-open' },
              t('answersFile.load.open'),
            ),
          );
          status.querySelector('a')?.focus();
        } catch (error) {
          say(problemText(error), true);
        } finally {
          button.disabled = false;
        }
      },
    },
    h('label', { for: 'answers-file' }, t('answersFile.load.label')),
    h('p', { class: 'help', id: 'answers-file-hint' }, t('answersFile.load.hint')),
    input,
    button,
    status,
  );
  return h(
    'section',
    { class: 'card', 'aria-labelledby': 'load-answers-title' },
    h('h2', { id: 'load-answers-title' }, t('answersFile.load.title')),
    form,
  );
}

function problemText(error: unknown): string {
  if (error instanceof ApiError && error.offline) return t('error.network');
  if (error instanceof ApiError && error.status === 400) {
    return t('answersFile.load.invalid', {
      problems:
        error.errors
          .map((e) => t('answersFile.load.problem', { pointer: e.pointer, detail: e.detail }))
          .join(t('answersFile.load.separator')) || error.message,
    });
  }
  return t('error.generic', { detail: error instanceof Error ? error.message : String(error) });
}
