import type { ReportRenderer } from '../usecases/report-ports.js';
import { renderGroupReport } from './render-group-report.js';
import { renderPaperQuestionnaire } from './render-paper-questionnaire.js';
import { renderResponseReport } from './render-response-report.js';
import { renderTeamReport } from './render-team-report.js';

/** The report port, implemented with pdfkit. */
export const pdfReportRenderer: ReportRenderer = {
  renderResponseReport,
  renderGroupReport,
  renderTeamReport,
  renderPaperQuestionnaire,
};
