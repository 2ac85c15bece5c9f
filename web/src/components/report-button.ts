import { api, ApiError, type Credentials } from '../api.js';
import { announce, h } from '../dom.js';
import { locale, t } from '../i18n.js';
import { saveFile } from '../save-file.js';

/**
 * The button that downloads the PDF report. A plain link cannot send the token header, so the
 * file is fetched, held as a Blob and handed to the browser under the server's file name. While
 * it comes the button says so (and keeps the focus: it is marked busy, not disabled); a failure
 * is said next to it, in a live region.
 */
export function reportButton(credentials: Credentials): HTMLElement {
  const button = h(
    'button',
    { type: 'button', class: 'primary', id: 'report-download', 'aria-describedby': 'report-hint' },
    t('results.report.download'),
  );
  const problem = h('div', { class: 'report-problem', 'aria-live': 'polite' });
  let busy = false;
  button.addEventListener('click', async () => {
    if (busy) return;
    busy = true;
    button.setAttribute('aria-disabled', 'true');
    button.textContent = t('results.report.preparing');
    problem.replaceChildren();
    announce(t('results.report.preparing'));
    try {
      const file = await api.report(credentials, locale());
      const fileName = file.fileName ?? t('results.report.fileName');
      saveFile(file.blob, fileName);
      announce(t('results.report.done', { file: fileName }));
    } catch (error) {
      announce('');
      problem.replaceChildren(h('p', { class: 'error', role: 'alert' }, reportProblem(error)));
    } finally {
      busy = false;
      button.removeAttribute('aria-disabled');
      button.textContent = t('results.report.download');
    }
  });
  return h(
    'div',
    { class: 'report' },
    button,
    h('p', { class: 'meta', id: 'report-hint' }, t('results.report.hint')),
    problem,
  );
}

function reportProblem(error: unknown): string {
  if (error instanceof ApiError && error.offline) return t('results.report.offline');
  if (error instanceof ApiError && error.status === 404) return t('results.report.notFound');
  if (error instanceof ApiError && error.status === 409) return t('results.report.notSubmitted');
  return t('results.report.failed', {
    detail: error instanceof Error ? error.message : String(error),
  });
}
