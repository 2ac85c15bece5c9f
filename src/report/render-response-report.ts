import type { ResponseReport } from '../usecases/report-ports.js';
import { drawPageDecorations } from './pdf/page-decorations.js';
import { ReportWriter } from './pdf/report-writer.js';
import { reportFormat } from './report-format.js';
import { fill, reportTexts } from './report-texts.js';
import { drawActionPlanSection } from './sections/action-plan-section.js';
import { drawAreaSections } from './sections/area-sections.js';
import { drawCoverPage } from './sections/cover-page.js';
import { drawFirstActionsSection } from './sections/first-actions-section.js';
import { drawHelpPage } from './sections/help-page.js';
import { drawOwnedPlanSection } from './sections/owned-plan-section.js';
import { drawProfilePage } from './sections/profile-page.js';
import { drawProgressSection } from './sections/progress-section.js';

/**
 * One association's report: cover, where to start (the first actions, when there are some),
 * profile (radar), its progress since the previous diagnosis, one section an area, the plan it
 * owns (when it made one), the proposed action plan, and where to get help. Deterministic: the
 * same report gives the same bytes.
 */
export async function renderResponseReport(report: ResponseReport): Promise<Uint8Array> {
  const texts = reportTexts(report.locale, report.respondent);
  const format = reportFormat(report.locale);
  const title = report.associationName
    ? `${texts.documentTitle} — ${report.associationName}`
    : `${texts.documentTitle} — ${report.questionnaire.title}`;
  const writer = new ReportWriter({
    locale: report.locale,
    title,
    subject: texts.subject,
    date: new Date(report.date),
  });
  drawCoverPage(writer, report, texts, format);
  drawFirstActionsSection(writer, report, texts, format);
  drawProfilePage(writer, report, texts, format);
  drawProgressSection(writer, report, texts, format);
  drawAreaSections(writer, report, texts, format);
  drawOwnedPlanSection(writer, report, texts, format);
  drawActionPlanSection(writer, report, texts);
  drawHelpPage(writer, texts);
  const header = report.associationName
    ? fill(texts.runningHeader, {
        questionnaire: report.questionnaire.title,
        association: report.associationName,
      })
    : fill(texts.runningHeaderNoName, { questionnaire: report.questionnaire.title });
  drawPageDecorations(writer, header, (page, count) => fill(texts.page, { page, count }));
  return writer.end();
}
