import {
  isWorkshopOpen,
  WorkshopClosedError,
  WorkshopNotFoundError,
  type QuestionnaireResponse,
  type Workshop,
} from '../domain/index.js';
import type { UseCaseDependencies } from './dependencies.js';
import type { Repositories } from './ports.js';

/** The facilitator's own workshop; anyone else's looks exactly like a missing one. */
export async function ownedWorkshop(
  repositories: Repositories,
  facilitatorId: string,
  workshopId: string,
): Promise<Workshop> {
  const workshop = await repositories.workshops.findById(workshopId);
  if (!workshop || workshop.facilitatorId !== facilitatorId) throw new WorkshopNotFoundError();
  return workshop;
}

/** A response of a closed workshop takes no new answer. */
export async function assertWorkshopOpenFor(
  repositories: Repositories,
  { clock }: Pick<UseCaseDependencies, 'clock'>,
  response: Pick<QuestionnaireResponse, 'workshopId'>,
): Promise<void> {
  if (response.workshopId === null) return;
  const workshop = await repositories.workshops.findById(response.workshopId);
  if (workshop && !isWorkshopOpen(workshop, clock.now().toISOString())) {
    throw new WorkshopClosedError();
  }
}
