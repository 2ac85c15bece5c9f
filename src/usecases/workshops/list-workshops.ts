import type { UseCaseDependencies } from '../dependencies.js';
import { workshopView, type WorkshopView } from './workshop-view.js';

/** The facilitator's own workshops. */
export function makeListWorkshops(deps: UseCaseDependencies) {
  return async function listWorkshops({
    facilitatorId,
  }: {
    facilitatorId: string;
  }): Promise<WorkshopView[]> {
    const workshops = await deps.store.workshops.listByFacilitator(facilitatorId);
    return workshops.map((workshop) => workshopView(deps, workshop));
  };
}
