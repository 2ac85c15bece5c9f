import type { UseCaseDependencies } from '../dependencies.js';
import { ownedWorkshop } from './workshop-access.js';
import { workshopView, type WorkshopView } from './workshop-view.js';

/** Closes a workshop: no new participant, no new answer. Closing twice changes nothing. */
export function makeCloseWorkshop(deps: UseCaseDependencies) {
  return async function closeWorkshop({
    facilitatorId,
    workshopId,
  }: {
    facilitatorId: string;
    workshopId: string;
  }): Promise<WorkshopView> {
    return deps.store.transaction(async (repositories) => {
      // Locked: the closing time read is the one kept, and joins in flight finish first.
      const workshop = await ownedWorkshop(repositories, facilitatorId, workshopId, 'update');
      const closedAt = workshop.closedAt ?? deps.clock.now().toISOString();
      await repositories.workshops.close(workshop.id, closedAt);
      return workshopView(deps, { ...workshop, closedAt });
    });
  };
}
