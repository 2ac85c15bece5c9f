import type { DownloadedFile } from '../api.js';
import { t } from '../i18n.js';
import { problemMessage, type ProblemMessages } from '../problem-message.js';
import { useFileDownload } from '../use-file-download.js';

export interface DownloadOptions {
  id: string;
  label: string;
  /** What a screen reader says when the label alone is ambiguous (a "PDF" on every table row). */
  accessibleName?: string;
  /** The name to save under when the server gives none. */
  fallbackName: string;
  fetch: () => Promise<DownloadedFile>;
  /** Said when the server refuses with this status, instead of the generic failure. */
  refusals?: Record<number, string>;
  primary?: boolean;
}

/**
 * A button that downloads a file the server sends only with the session's cookie or a token.
 * Busy while it comes (marked, not disabled, so it keeps the focus); a failure is said next to it.
 */
export function DownloadButton(options: DownloadOptions) {
  const download = useFileDownload({
    fallbackName: options.fallbackName,
    fetch: options.fetch,
    preparing: t('download.preparing'),
    done: (file) => t('download.done', { file }),
    problem: (error) => downloadProblem(error, options.refusals),
  });
  return (
    <div class="download">
      <button
        type="button"
        id={options.id}
        aria-label={options.accessibleName}
        class={options.primary ? 'primary' : undefined}
        aria-disabled={download.busy ? 'true' : undefined}
        onClick={() => void download.start()}
      >
        {download.busy ? t('download.preparing') : options.label}
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

function downloadProblem(error: unknown, refusals: Record<number, string> = {}): string {
  const specific: ProblemMessages = {
    401: 'facilitator.signedOut',
    ...Object.fromEntries(Object.entries(refusals).map(([status, text]) => [status, () => text])),
  };
  return problemMessage(error, specific, {
    offline: 'download.offline',
    otherwise: (detail) => t('download.failed', { detail }),
  });
}
