import type { Questionnaire, Workshop } from '../../domain/index.js';
import type { UseCaseDependencies } from '../dependencies.js';
import { definitionOf } from '../responses/owned-response.js';
import { ownedWorkshop } from './workshop-access.js';
import {
  AGENDA_RESPONSES,
  DASHBOARD_PARTICIPANTS,
  dashboardOf,
  type WorkshopDashboard,
} from './workshop-dashboard.js';
import { workshopView } from './workshop-view.js';

/** The live view of a workshop for its facilitator, in the asked language. */
export function makeGetWorkshopDashboard(deps: UseCaseDependencies) {
  return async function getWorkshopDashboard({
    facilitatorId,
    workshopId,
    locale,
  }: {
    facilitatorId: string;
    workshopId: string;
    locale?: string | undefined;
  }): Promise<WorkshopDashboard> {
    const workshop = await ownedWorkshop(deps.store, facilitatorId, workshopId);
    const questionnaire = definitionOf(deps, workshop);
    return loadDashboard(
      deps,
      workshop,
      questionnaire,
      locale && questionnaire.locales.includes(locale) ? locale : workshop.locale,
    );
  };
}

/**
 * A workshop's dashboard in `locale`, read from the store: its figures, and the shared answers
 * its discussion agenda rests on (one more than it reads, to know whether it read them all).
 * The group report is made from the same.
 */
export async function loadDashboard(
  deps: Pick<UseCaseDependencies, 'store' | 'settings' | 'clock'>,
  workshop: Workshop,
  questionnaire: Questionnaire,
  locale: string,
): Promise<WorkshopDashboard> {
  const figures = await deps.store.statistics.workshopFigures(workshop.id, DASHBOARD_PARTICIPANTS);
  const shared = await deps.store.statistics.workshopSharedAnswers(
    workshop.id,
    AGENDA_RESPONSES + 1,
  );
  return dashboardOf(workshopView(deps, workshop), questionnaire, figures, shared, locale);
}
