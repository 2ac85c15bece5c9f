import type { UseCaseDependencies } from '../dependencies.js';
import { definitionOf } from '../responses/owned-response.js';
import { ownedWorkshop } from './workshop-access.js';
import {
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
    const figures = await deps.store.statistics.workshopFigures(
      workshop.id,
      DASHBOARD_PARTICIPANTS,
    );
    return dashboardOf(
      workshopView(deps, workshop),
      questionnaire,
      figures,
      locale && questionnaire.locales.includes(locale) ? locale : workshop.locale,
    );
  };
}
