import { isWorkshopOpen, type Workshop } from '../../domain/index.js';
import type { UseCaseDependencies } from '../dependencies.js';
import type { z } from 'zod';
import type { WorkshopContract } from '../../contracts/workshop-contract.js';

/** A workshop as its facilitator sees it. */
export type WorkshopView = z.infer<typeof WorkshopContract>;

export function workshopView(
  deps: Pick<UseCaseDependencies, 'settings' | 'clock'>,
  workshop: Workshop,
): WorkshopView {
  return {
    id: workshop.id,
    title: workshop.title,
    date: workshop.date,
    questionnaireId: workshop.questionnaireId,
    version: workshop.version,
    locale: workshop.locale,
    joinCode: workshop.joinCode,
    joinUrl: `${deps.settings.publicUrl}/#/atelier/${workshop.joinCode}`,
    closesAt: workshop.closesAt,
    closedAt: workshop.closedAt,
    open: isWorkshopOpen(workshop, deps.clock.now().toISOString()),
    createdAt: workshop.createdAt,
  };
}
