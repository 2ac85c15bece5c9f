import { scoreResponse, type Answers, type Questionnaire } from '../../src/domain/index.js';
import { renderResponseReport } from '../../src/report/render-response-report.js';
import { buildResponseReport } from '../../src/usecases/responses/build-response-report.js';
import type { ResponseReport } from '../../src/usecases/report-ports.js';

export interface ReportInput {
  questionnaire: Questionnaire;
  answers: Answers;
  locale?: string;
  associationName?: string | null;
  /** ISO-8601 submission time. */
  date?: string;
}

/** The date every report of the tests is submitted on unless told otherwise. */
export const REPORT_DATE = '2026-11-26T10:00:00.000Z';

/**
 * Scores the answers, builds the view model and renders the PDF, as the HTTP route and the CLI
 * do: the real pieces, end to end, without a database.
 */
export async function renderReport(
  input: ReportInput,
): Promise<{ report: ResponseReport; pdf: Uint8Array }> {
  const report = buildResponseReport({
    questionnaire: input.questionnaire,
    answers: input.answers,
    profile: scoreResponse(input.questionnaire, input.answers),
    associationName: input.associationName ?? null,
    date: input.date ?? REPORT_DATE,
    locale: input.locale ?? 'fr',
  });
  return { report, pdf: await renderResponseReport(report) };
}
