import {
  isWorkshopOpen,
  normalizeJoinCode,
  WorkshopClosedError,
  WorkshopNotFoundError,
} from '../../domain/index.js';
import type { UseCaseDependencies } from '../dependencies.js';
import type { StartedResponse, StartResponseInput } from '../responses/start-response.js';

/**
 * Joins a workshop: a response of its own (the usual token and resume link), tied to the
 * workshop, saying whether the facilitator may see its answers (by default only its scores).
 */
export function makeJoinWorkshop(
  deps: UseCaseDependencies,
  startResponse: (input: StartResponseInput) => Promise<StartedResponse>,
) {
  return async function joinWorkshop(input: {
    code: string;
    associationName?: string | null | undefined;
    shareAnswers: boolean;
  }): Promise<StartedResponse> {
    const workshop = await deps.store.workshops.findByJoinCode(normalizeJoinCode(input.code));
    if (!workshop) throw new WorkshopNotFoundError();
    if (!isWorkshopOpen(workshop, deps.clock.now().toISOString())) throw new WorkshopClosedError();
    return startResponse({
      questionnaireId: workshop.questionnaireId,
      version: workshop.version,
      locale: workshop.locale,
      associationName: input.associationName,
      workshopId: workshop.id,
      shareAnswers: input.shareAnswers,
      // Read again, and held, inside the transaction: a facilitator closing the workshop on
      // another instance either waits for this join or is seen by it.
      alsoInTransaction: async (repositories) => {
        const current = await repositories.workshops.findById(workshop.id, { lock: 'share' });
        if (!current) throw new WorkshopNotFoundError();
        if (!isWorkshopOpen(current, deps.clock.now().toISOString())) {
          throw new WorkshopClosedError();
        }
      },
    });
  };
}
