import { ApiError, type DownloadedFile } from '../api.js';
import { announce, h } from '../dom.js';
import { t } from '../i18n.js';
import { saveFile } from '../save-file.js';

export interface DownloadOptions {
  id: string;
  label: string;
  /** The name to save under when the server gives none. */
  fallbackName: string;
  fetch: () => Promise<DownloadedFile>;
  /** Said when the server refuses with this status, instead of the generic failure. */
  refusals?: Record<number, string>;
  primary?: boolean;
}

/**
 * A button that downloads a file the server sends only with the session's cookie or a token: it
 * is fetched, held as a Blob and handed to the browser under the server's name. Busy while it
 * comes (marked, not disabled, so it keeps the focus); a failure is said next to it.
 */
export function downloadButton(options: DownloadOptions): HTMLElement {
  const button = h(
    'button',
    { type: 'button', id: options.id, class: options.primary ? 'primary' : undefined },
    options.label,
  );
  const problem = h('div', { class: 'download-problem', 'aria-live': 'polite' });
  let busy = false;
  button.addEventListener('click', async () => {
    if (busy) return;
    busy = true;
    button.setAttribute('aria-disabled', 'true');
    button.textContent = t('download.preparing');
    problem.replaceChildren();
    announce(t('download.preparing'));
    try {
      const file = await options.fetch();
      const fileName = file.fileName ?? options.fallbackName;
      saveFile(file.blob, fileName);
      announce(t('download.done', { file: fileName }));
    } catch (error) {
      announce('');
      problem.replaceChildren(
        h('p', { class: 'error', role: 'alert' }, downloadProblem(error, options.refusals)),
      );
    } finally {
      busy = false;
      button.removeAttribute('aria-disabled');
      button.textContent = options.label;
    }
  });
  return h('div', { class: 'download' }, button, problem);
}

function downloadProblem(error: unknown, refusals: Record<number, string> = {}): string {
  if (error instanceof ApiError && error.offline) return t('download.offline');
  if (error instanceof ApiError && error.status === 401) return t('facilitator.signedOut');
  const refusal = error instanceof ApiError ? refusals[error.status] : undefined;
  return (
    refusal ??
    t('download.failed', { detail: error instanceof Error ? error.message : String(error) })
  );
}
