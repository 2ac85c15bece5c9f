import type { UseCaseDependencies } from '../dependencies.js';
import type { ExportCsvForm } from '../report-ports.js';
import { workshopExportTable } from './workshop-export-table.js';

/**
 * The workshop as CSV (see workshopExportTable for what it holds), written by the documents
 * port: for people (`labels`, the default: headers, statuses and answers in the workshop's
 * language, Paris local times, decimal commas in French) or for scripts (`ids`: column, level
 * and option ids, UTC ISO-8601 times), which the workbook's codebook explains.
 */
export function makeExportWorkshopCsv(deps: UseCaseDependencies) {
  return async function exportWorkshopCsv({
    facilitatorId,
    workshopId,
    form = 'labels',
  }: {
    facilitatorId: string;
    workshopId: string;
    form?: ExportCsvForm;
  }): Promise<{ fileName: string; csv: string }> {
    const { workshop, table } = await workshopExportTable(deps, { facilitatorId, workshopId });
    const name = `atelier-${workshop.joinCode}-${workshop.date}`;
    return {
      fileName: form === 'ids' ? `${name}-identifiants.csv` : `${name}.csv`,
      csv: deps.documents.exportCsv(table, form),
    };
  };
}
