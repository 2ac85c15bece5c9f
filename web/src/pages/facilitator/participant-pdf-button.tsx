import type { DownloadedFile } from '../../api.js';
import { t } from '../../i18n.js';
import { problemMessage } from '../../problem-message.js';
import { useFileDownload } from '../../use-file-download.js';

/**
 * A participant's PDF in the dashboard's table: the short "PDF" button of every row, named for
 * screen readers after its participant (DownloadButton has no accessible name of its own).
 */
export function ParticipantPdfButton(props: {
  id: string;
  label: string;
  fetch: () => Promise<DownloadedFile>;
}) {
  const download = useFileDownload({
    fallbackName: t('results.report.fileName'),
    fetch: props.fetch,
    preparing: t('download.preparing'),
    done: (file) => t('download.done', { file }),
    problem: (error) =>
      problemMessage(
        error,
        { 401: 'facilitator.signedOut' },
        { offline: 'download.offline', otherwise: (detail) => t('download.failed', { detail }) },
      ),
  });
  return (
    <div class="download">
      <button
        type="button"
        id={props.id}
        aria-label={props.label}
        aria-disabled={download.busy ? 'true' : undefined}
        onClick={() => void download.start()}
      >
        {download.busy ? t('download.preparing') : t('dashboard.participants.pdf')}
      </button>
      <div class="download-problem" aria-live="polite">
        {download.problem && (
          <p class="error" role="alert">
            {download.problem}
          </p>
        )}
      </div>
    </div>
  );
}
