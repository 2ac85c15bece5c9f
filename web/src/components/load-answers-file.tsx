import { useEffect, useRef, useState } from 'preact/hooks';
import { api } from '../api.js';
import { announce } from '../announce.js';
import { t } from '../i18n.js';
import { navigate } from '../navigate.js';
import { problemMessage } from '../problem-message.js';
import { rememberCurrent } from '../resume-link.js';
import { links } from '../routes.js';

type Status =
  | { kind: 'none' }
  | { kind: 'error'; text: string }
  | { kind: 'dropped'; count: number; version: string; path: string };

/**
 * "Resume from a file": a native file input (keyboard and screen-reader usable as it is), read
 * in the browser and sent to the server, which starts a new draft from it.
 */
export function LoadAnswersFile() {
  const input = useRef<HTMLInputElement>(null);
  const open = useRef<HTMLAnchorElement>(null);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<Status>({ kind: 'none' });
  useEffect(() => {
    if (status.kind === 'dropped') open.current?.focus();
  }, [status]);

  const submit = async (event: Event) => {
    event.preventDefault();
    const file = input.current!.files?.[0];
    if (!file) return setStatus({ kind: 'error', text: t('answersFile.load.none') });
    setBusy(true);
    try {
      let document: unknown;
      try {
        document = JSON.parse(await file.text());
      } catch {
        return setStatus({ kind: 'error', text: t('answersFile.load.notJson') });
      }
      const started = await api.importAnswers(document);
      rememberCurrent({ id: started.id, token: started.token });
      const path = links.diagnosis(started.id);
      if (started.dropped.length === 0) {
        announce(t('answersFile.load.done'));
        return navigate(path);
      }
      // Some answers did not fit the newer version: say so before opening the diagnosis.
      setStatus({ kind: 'dropped', count: started.dropped.length, version: started.version, path });
    } catch (error) {
      setStatus({ kind: 'error', text: problemText(error) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="card" aria-labelledby="load-answers-title">
      <h2 id="load-answers-title">{t('answersFile.load.title')}</h2>
      <form class="load-answers" onSubmit={(event) => void submit(event)}>
        <label for="answers-file">{t('answersFile.load.label')}</label>
        <p class="help" id="answers-file-hint">
          {t('answersFile.load.hint')}
        </p>
        <input
          ref={input}
          type="file"
          id="answers-file"
          accept="application/json,.json"
          aria-describedby="answers-file-hint"
        />
        <button type="submit" disabled={busy}>
          {t('answersFile.load.button')}
        </button>
        <div id="answers-file-status" aria-live="polite">
          {status.kind === 'error' && (
            <p class="error" role="alert">
              {status.text}
            </p>
          )}
          {status.kind === 'dropped' && (
            <>
              <p class="notice">
                {t('answersFile.load.dropped', { count: status.count, version: status.version })}
              </p>
              <a ref={open} href={status.path} class="button primary" id="answers-file-open">
                {t('answersFile.load.open')}
              </a>
            </>
          )}
        </div>
      </form>
    </section>
  );
}

function problemText(error: unknown): string {
  return problemMessage(error, {
    400: (problem) =>
      t('answersFile.load.invalid', {
        problems:
          problem.errors
            .map((e) => t('answersFile.load.problem', { pointer: e.pointer, detail: e.detail }))
            .join(t('answersFile.load.separator')) || problem.message,
      }),
  });
}
