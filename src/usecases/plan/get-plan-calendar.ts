import { localize, UnsupportedLocaleError } from '../../domain/index.js';
import type { UseCaseDependencies } from '../dependencies.js';
import { definitionOf } from '../responses/owned-response.js';
import { reportFileName } from '../report-file-name.js';
import { planOwner } from './plan-access.js';

export interface PlanCalendarFile {
  fileName: string;
  calendar: string;
}

/**
 * The plan's dated actions as an iCalendar file, in the asked language or the response's own,
 * named like the report (`plan-action-asso-numerique-<name>-<day>.ics`).
 */
export function makeGetPlanCalendar(deps: UseCaseDependencies) {
  return async function getPlanCalendar(input: {
    id: string;
    token: string | undefined;
    locale?: string | undefined;
  }): Promise<PlanCalendarFile> {
    const response = await planOwner(deps.store, deps, input.id, input.token);
    const questionnaire = definitionOf(deps, response);
    const locale = input.locale ?? response.locale;
    if (!questionnaire.locales.includes(locale)) {
      throw new UnsupportedLocaleError(locale, questionnaire.locales);
    }
    const actions = await deps.store.plans.listActions(response.id);
    const calendar = deps.documents.planCalendar({
      locale,
      associationName: response.associationName,
      actions,
      areaTitles: Object.fromEntries(
        questionnaire.areas.map((area) => [
          area.id,
          localize(area.title, locale, questionnaire.defaultLocale),
        ]),
      ),
    });
    const reportName = reportFileName({
      questionnaire: { id: questionnaire.id, version: questionnaire.version, title: '' },
      associationName: response.associationName,
      date: response.submittedAt ?? response.updatedAt,
    });
    return {
      fileName: reportName.replace(/^diagnostic-/, 'plan-action-').replace(/\.pdf$/, '.ics'),
      calendar,
    };
  };
}
