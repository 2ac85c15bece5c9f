import type { DocumentFile, DocumentSource, ReportRenderer } from './report-ports.js';

function render(reports: ReportRenderer, source: DocumentSource): Promise<Uint8Array> {
  switch (source.kind) {
    case 'response':
      return reports.renderResponseReport(source.model);
    case 'group':
      return reports.renderGroupReport(source.model);
    case 'team':
      return reports.renderTeamReport(source.model);
    case 'paper':
      return reports.renderPaperQuestionnaire(source.model);
  }
}

/**
 * A document named and tagged from its view model, rendered only when asked: a client that
 * already holds these bytes (its If-None-Match is the tag) costs no render at all.
 */
export function documentFile(
  reports: ReportRenderer,
  fileName: string,
  source: DocumentSource,
): DocumentFile {
  return {
    fileName,
    tag: reports.documentTag(source.kind, source.model),
    bytes: () => render(reports, source),
  };
}
