import type { ReportRenderer } from '../usecases/report-ports.js';
import { documentTag } from './document-tag.js';
import { renderGroupReport } from './render-group-report.js';
import { renderPaperQuestionnaire } from './render-paper-questionnaire.js';
import { renderResponseReport } from './render-response-report.js';
import { renderTeamReport } from './render-team-report.js';

/**
 * The report port, implemented with pdfkit, on the calling thread: for the CLI and the document
 * workers. The server renders through `openWorkerReportRenderer` instead.
 */
export const pdfReportRenderer: ReportRenderer = {
  renderResponseReport,
  renderGroupReport,
  renderTeamReport,
  renderPaperQuestionnaire,
  documentTag,
};
