import { api, type Credentials } from '../api.js';
import { locale, t } from '../i18n.js';
import { problemMessage } from '../problem-message.js';
import { useFileDownload } from '../use-file-download.js';

/**
 * The button that downloads the PDF report, in the page's language. A plain link cannot send
 * the token header, so the file is fetched (useFileDownload). While it comes the button says so
 * and keeps the focus (marked busy, not disabled); a failure is said next to it, in a live region.
 */
export function ReportButton({ credentials }: { credentials: Credentials }) {
  const download = useFileDownload({
    fallbackName: t('results.report.fileName'),
    fetch: () => api.report(credentials, locale()),
    preparing: t('results.report.preparing'),
    done: (file) => t('results.report.done', { file }),
    problem: reportProblem,
  });
  return (
    <div class="report">
      <button
        type="button"
        class="primary"
        id="report-download"
        aria-describedby="report-hint"
        aria-disabled={download.busy ? 'true' : undefined}
        onClick={() => void download.start()}
      >
        {download.busy ? t('results.report.preparing') : t('results.report.download')}
      </button>
      <p class="meta" id="report-hint">
        {t('results.report.hint')}
      </p>
      <div class="report-problem" aria-live="polite">
        {download.problem && (
          <p class="error" role="alert">
            {download.problem}
          </p>
        )}
      </div>
    </div>
  );
}

export function reportProblem(error: unknown): string {
  return problemMessage(
    error,
    { 404: 'results.report.notFound', 409: 'results.report.notSubmitted' },
    {
      offline: 'results.report.offline',
      otherwise: (detail) => t('results.report.failed', { detail }),
    },
  );
}
