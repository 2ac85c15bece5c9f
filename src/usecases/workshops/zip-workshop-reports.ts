import { setTimeout as sleep } from 'node:timers/promises';
import type { QuestionnaireResponse } from '../../domain/index.js';
import type { UseCaseDependencies } from '../dependencies.js';
import { submittedReport } from '../responses/submitted-report.js';
import { definitionOf } from '../responses/owned-response.js';
import { DocumentsBusyError, type ZipEntry } from '../report-ports.js';
import { ownedWorkshop } from './workshop-access.js';

/** A file sent as it is produced: its chunks, in order. */
export interface StreamedFile {
  fileName: string;
  chunks: AsyncIterable<Uint8Array>;
}

/**
 * How long a zip already under way waits for a document worker, all in all, before it gives up:
 * its answer has begun, so it cannot be a 503 any more.
 */
const ZIP_PATIENCE_MS = 60_000;
const ZIP_RETRY_MS = 100;

/**
 * One zip of every submitted participant's PDF, each as the facilitator may read it, streamed:
 * each report is rendered (by the document workers) while the previous one is being sent, so
 * neither the event loop nor the memory holds the whole zip. The first report is rendered
 * before anything is sent, so that a server busy with documents still answers 503.
 */
export function makeZipWorkshopReports(deps: UseCaseDependencies) {
  return async function zipWorkshopReports({
    facilitatorId,
    workshopId,
    locale,
  }: {
    facilitatorId: string;
    workshopId: string;
    locale?: string | undefined;
  }): Promise<StreamedFile> {
    const workshop = await ownedWorkshop(deps.store, facilitatorId, workshopId);
    const responses = (await deps.store.statistics.workshopResponses(workshop.id)).filter(
      (response) => response.status === 'submitted',
    );
    const usedNames = new Set<string>();
    const entryOf = async (response: QuestionnaireResponse, patient: boolean) => {
      const report = await submittedReport(
        deps,
        response,
        locale && definitionOf(deps, response).locales.includes(locale) ? locale : undefined,
        { answersShown: response.shareAnswers, progressAndPlan: false },
      );
      const bytes = patient ? await patiently(() => report.bytes()) : await report.bytes();
      let name = report.fileName;
      for (let n = 2; usedNames.has(name); n++) {
        name = report.fileName.replace(/\.pdf$/, `-${n}.pdf`);
      }
      usedNames.add(name);
      // PDFs are compressed already: stored as they are, dated by their submission.
      return { name, bytes, mtime: new Date(response.submittedAt!) };
    };
    const first = responses[0] ? await entryOf(responses[0], false) : undefined;
    return {
      fileName: `atelier-${workshop.joinCode}-${workshop.date}-rapports.zip`,
      chunks: deps.documents.zip(entriesAhead(responses, first, entryOf)),
    };
  };
}

/** The entries in order, the next one being prepared while the current one is sent. */
async function* entriesAhead(
  responses: QuestionnaireResponse[],
  first: ZipEntry | undefined,
  entryOf: (response: QuestionnaireResponse, patient: boolean) => Promise<ZipEntry>,
): AsyncGenerator<ZipEntry> {
  if (!first) return;
  let next: Promise<ZipEntry> = Promise.resolve(first);
  for (let index = 0; index < responses.length; index++) {
    const current = await next;
    const following = responses[index + 1];
    if (following) {
      next = entryOf(following, true);
      // Awaited at the next turn; marked handled now, in case the client leaves before then.
      next.catch(() => undefined);
    }
    yield current;
  }
}

/** Renders, waiting for a free document worker while the pool is busy, within the patience. */
async function patiently(render: () => Promise<Uint8Array>): Promise<Uint8Array> {
  for (let waited = 0; ; waited += ZIP_RETRY_MS) {
    try {
      return await render();
    } catch (error) {
      if (!(error instanceof DocumentsBusyError) || waited >= ZIP_PATIENCE_MS) throw error;
      await sleep(ZIP_RETRY_MS);
    }
  }
}
