import { isWorkshopOpen, type Workshop } from '../../domain/index.js';
import type { UseCaseDependencies } from '../dependencies.js';

/** A workshop as its facilitator sees it. */
export interface WorkshopView {
  id: string;
  title: string;
  date: string;
  questionnaireId: string;
  version: string;
  locale: string;
  joinCode: string;
  /** The address participants open (the QR code holds it). */
  joinUrl: string;
  closesAt: string | null;
  closedAt: string | null;
  open: boolean;
  createdAt: string;
}

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
