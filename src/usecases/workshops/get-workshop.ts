import type { UseCaseDependencies } from '../dependencies.js';
import { ownedWorkshop } from './workshop-access.js';
import { workshopView, type WorkshopView } from './workshop-view.js';

/** One of the facilitator's own workshops; anyone else's is "not found". */
export function makeGetWorkshop(deps: UseCaseDependencies) {
  return async function getWorkshop({
    facilitatorId,
    workshopId,
  }: {
    facilitatorId: string;
    workshopId: string;
  }): Promise<WorkshopView> {
    return workshopView(deps, await ownedWorkshop(deps.store, facilitatorId, workshopId));
  };
}
