import {
  explainSummary,
  ResponseNotSubmittedError,
  scoreResponse,
  UnsupportedLocaleError,
  type QuestionnaireResponse,
} from '../../domain/index.js';
import { buildResponseReport } from './build-response-report.js';
import type { UseCaseDependencies } from '../dependencies.js';
import { documentFile } from '../document-file.js';
import { definitionOf } from './owned-response.js';
import { peerComparison } from './peer-comparison.js';
import { progressOf } from '../progress/response-history.js';
import { reportFileName } from '../report-file-name.js';
import type { DocumentFile } from '../report-ports.js';

/** A response's PDF: tagged by its view model, rendered when the client lacks it. */
export type ResponseReportFile = DocumentFile;

/**
 * The report of a submitted response (409 for a draft): in `locale` or the response's own, with
 * its peer comparison; without `answersShown`, the sections leave out what the answers show;
 * with `progressAndPlan` (the association's own report, or one it shared with a centre), the
 * progress since its previous diagnosis and the plan it owns.
 */
export async function submittedReport(
  deps: UseCaseDependencies,
  response: QuestionnaireResponse,
  requestedLocale: string | undefined,
  { answersShown, progressAndPlan }: { answersShown: boolean; progressAndPlan: boolean },
): Promise<ResponseReportFile> {
  if (response.status !== 'submitted' || !response.profile || !response.submittedAt) {
    throw new ResponseNotSubmittedError();
  }
  const questionnaire = definitionOf(deps, response);
  const locale = requestedLocale ?? response.locale;
  if (!questionnaire.locales.includes(locale)) {
    throw new UnsupportedLocaleError(locale, questionnaire.locales);
  }
  const profile = explainSummary(
    response.profile,
    scoreResponse(questionnaire, response.answers),
    questionnaire.levels,
  );
  // A workshop's facilitator reads scores and proposals: the association's own plan (names,
  // dates) is not theirs to see.
  const [priorities, actions] = progressAndPlan
    ? await Promise.all([
        deps.store.plans.priorities(response.id),
        deps.store.plans.listActions(response.id),
      ])
    : [[], []];
  const report = buildResponseReport({
    questionnaire,
    answers: response.answers,
    profile,
    associationName: response.associationName,
    date: response.submittedAt,
    locale,
    answersShown,
    progress: progressAndPlan ? await progressOf(deps, response, profile) : null,
    ownedPlan: { priorities, actions },
  });
  const peers = await peerComparison(deps.store, deps, response);
  if (peers) report.comparison = { kind: 'peerGroup', ...peers };
  return documentFile(deps.reports, reportFileName(report), { kind: 'response', model: report });
}
