import { isWorkshopOpen, normalizeJoinCode, WorkshopNotFoundError } from '../../domain/index.js';
import type { UseCaseDependencies } from '../dependencies.js';
import type { z } from 'zod';
import type { JoinInfoContract } from '../../contracts/workshop-contract.js';

export type JoinInfo = z.infer<typeof JoinInfoContract>;

/** What a participant sees before joining: which workshop the code opens, and whether it is open. */
export function makeGetJoinInfo(deps: UseCaseDependencies) {
  return async function getJoinInfo({ code }: { code: string }): Promise<JoinInfo> {
    const workshop = await deps.store.workshops.findByJoinCode(normalizeJoinCode(code));
    if (!workshop) throw new WorkshopNotFoundError();
    return {
      title: workshop.title,
      date: workshop.date,
      questionnaireId: workshop.questionnaireId,
      version: workshop.version,
      locale: workshop.locale,
      // A version no file defines any more (`verify` asks to restore it) reads as the default.
      respondent:
        deps.catalog.find(workshop.questionnaireId, workshop.version)?.questionnaire.respondent ??
        'association',
      open: isWorkshopOpen(workshop, deps.clock.now().toISOString()),
    };
  };
}
