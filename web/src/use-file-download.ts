import { useState } from 'preact/hooks';
import type { DownloadedFile } from './api.js';
import { announce } from './announce.js';
import { saveFile } from './save-file.js';

export interface FileDownload {
  /** The name to save under when the server gives none. */
  fallbackName: string;
  fetch: () => Promise<DownloadedFile>;
  /** What the status region says while it comes, and once saved under a name. */
  preparing: string;
  done: (fileName: string) => string;
  /** The sentence for a failure. */
  problem: (error: unknown) => string;
}

/**
 * A file the server sends only with a token or the session's cookie: fetched, held as a Blob
 * and handed to the browser under the server's name. One download at a time; a failure is kept
 * to be said next to the button.
 */
export function useFileDownload(options: FileDownload) {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();
  const start = async () => {
    if (busy) return;
    setBusy(true);
    setProblem(undefined);
    announce(options.preparing);
    try {
      const file = await options.fetch();
      const fileName = file.fileName ?? options.fallbackName;
      saveFile(file.blob, fileName);
      announce(options.done(fileName));
    } catch (error) {
      announce('');
      setProblem(options.problem(error));
    } finally {
      setBusy(false);
    }
  };
  return { busy, problem, start };
}
