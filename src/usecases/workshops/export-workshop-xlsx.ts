import type { UseCaseDependencies } from '../dependencies.js';
import { workshopExportTable } from './workshop-export-table.js';

/**
 * The workshop as an .xlsx workbook: the same table as its CSV, with typed cells and real
 * dates, and its codebook on a second sheet. Written by the document workers: a server busy
 * with documents refuses it (`DocumentsBusyError`) rather than block.
 */
export function makeExportWorkshopXlsx(deps: UseCaseDependencies) {
  return async function exportWorkshopXlsx({
    facilitatorId,
    workshopId,
  }: {
    facilitatorId: string;
    workshopId: string;
  }): Promise<{ fileName: string; bytes: Uint8Array }> {
    const { workshop, table } = await workshopExportTable(deps, { facilitatorId, workshopId });
    return {
      fileName: `atelier-${workshop.joinCode}-${workshop.date}.xlsx`,
      bytes: await deps.documents.exportXlsx(table),
    };
  };
}
