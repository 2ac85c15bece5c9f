import {
  isWorkshopOpen,
  WorkshopClosedError,
  WorkshopNotFoundError,
  type QuestionnaireResponse,
  type Workshop,
} from '../../domain/index.js';
import type { UseCaseDependencies } from '../dependencies.js';
import type { Repositories, RowLock } from '../ports.js';

/** The facilitator's own workshop; anyone else's looks exactly like a missing one. */
export async function ownedWorkshop(
  repositories: Repositories,
  facilitatorId: string,
  workshopId: string,
  lock?: RowLock,
): Promise<Workshop> {
  const workshop = await repositories.workshops.findById(workshopId, { lock });
  if (!workshop || workshop.facilitatorId !== facilitatorId) throw new WorkshopNotFoundError();
  return workshop;
}

/**
 * A response of a closed workshop takes no new answer. The workshop's row is held (shared) until
 * the transaction ends, so a facilitator closing it on another instance waits for this write,
 * and a write that comes after the close sees it closed.
 */
export async function assertWorkshopOpenFor(
  repositories: Repositories,
  { clock }: Pick<UseCaseDependencies, 'clock'>,
  response: Pick<QuestionnaireResponse, 'workshopId'>,
): Promise<void> {
  if (response.workshopId === null) return;
  const workshop = await repositories.workshops.findById(response.workshopId, { lock: 'share' });
  if (workshop && !isWorkshopOpen(workshop, clock.now().toISOString())) {
    throw new WorkshopClosedError();
  }
}
