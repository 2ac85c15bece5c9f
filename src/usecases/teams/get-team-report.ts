import { UnsupportedLocaleError } from '../../domain/index.js';
import type { UseCaseDependencies } from '../dependencies.js';
import { documentFile } from '../document-file.js';
import { definitionOf } from '../responses/owned-response.js';
import type { DocumentFile } from '../report-ports.js';
import { teamOfResponse } from './team-access.js';
import { teamReport } from './team-report.js';
import { teamView } from './team-view.js';

/** The team's PDF, for any member: combined profile, disagreements, agreed levels. */
export function makeGetTeamReport(deps: UseCaseDependencies) {
  return async function getTeamReport(input: {
    id: string;
    token: string | undefined;
    locale?: string | undefined;
  }): Promise<DocumentFile> {
    const access = await teamOfResponse(deps.store, deps, input.id, input.token);
    const view = await teamView(deps, deps.store, access);
    const questionnaire = definitionOf(deps, view);
    const locale = input.locale ?? access.response.locale;
    if (!questionnaire.locales.includes(locale)) {
      throw new UnsupportedLocaleError(locale, questionnaire.locales);
    }
    return documentFile(
      deps.reports,
      `diagnostic-equipe-${questionnaire.id}-${view.createdAt.slice(0, 10)}.pdf`,
      { kind: 'team', model: teamReport(questionnaire, view, locale) },
    );
  };
}
