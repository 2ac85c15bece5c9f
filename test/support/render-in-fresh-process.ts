import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { PaperQuestionnaire } from '../../src/usecases/paper/paper-questionnaire.js';
import type { ResponseReport } from '../../src/usecases/report-ports.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SCRIPT = fileURLToPath(new URL('./render-document-script.ts', import.meta.url));

/** A document to render: the view model the renderer takes, as JSON carries it. */
export type DocumentJob =
  { kind: 'response'; report: ResponseReport } | { kind: 'paper'; paper: PaperQuestionnaire };

/**
 * Renders the document in a new Node process (node with the tsx loader, about a second) that
 * renders nothing else, and returns its bytes: what a server that has just started would answer.
 */
export function renderInFreshProcess(job: DocumentJob): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      process.execPath,
      ['--import', 'tsx', SCRIPT],
      { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error) return reject(new Error(`${error.message}\n${stderr}`));
        resolve(new Uint8Array(Buffer.from(stdout, 'base64')));
      },
    );
    child.stdin!.end(JSON.stringify(job));
  });
}
