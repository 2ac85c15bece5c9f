/**
 * The document workers' entry point (piscina loads it in each worker thread): renders one
 * document from its view model with pdfkit, as the CLI does on its own thread, or writes an
 * export's workbook (`writeXlsx`).
 */
import type { DocumentSource } from '../usecases/report-ports.js';
import { pdfReportRenderer } from './pdf-report-renderer.js';

export { writeXlsx } from './documents/write-xlsx.js';

/** Answers once the worker has loaded the renderer: the pool's `ready`. */
export function ready(): boolean {
  return true;
}

export default function renderDocument(source: DocumentSource): Promise<Uint8Array> {
  switch (source.kind) {
    case 'response':
      return pdfReportRenderer.renderResponseReport(source.model);
    case 'group':
      return pdfReportRenderer.renderGroupReport(source.model);
    case 'team':
      return pdfReportRenderer.renderTeamReport(source.model);
    case 'paper':
      return pdfReportRenderer.renderPaperQuestionnaire(source.model);
  }
}
