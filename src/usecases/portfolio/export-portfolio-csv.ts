import type { UseCaseDependencies } from '../dependencies.js';
import type { ExportCsvForm } from '../report-ports.js';
import type { PortfolioEntry } from './portfolio-entry.js';
import { portfolioExportTable } from './portfolio-export-table.js';

/**
 * The portfolio as CSV (see portfolioExportTable for what it holds), written by the documents
 * port like the workshop's: for people (`labels`, the default: headers and levels in the
 * request's language, Paris local times, decimal commas in French) or for scripts (`ids`).
 */
export function makeExportPortfolioCsv(
  deps: UseCaseDependencies,
  listPortfolio: (input: { facilitatorId: string; locale: string }) => Promise<PortfolioEntry[]>,
) {
  return async function exportPortfolioCsv({
    facilitatorId,
    locale: requestedLocale,
    form = 'labels',
  }: {
    facilitatorId: string;
    locale?: string | undefined;
    form?: ExportCsvForm;
  }): Promise<{ fileName: string; csv: string }> {
    const locale = requestedLocale ?? 'fr';
    const entries = await listPortfolio({ facilitatorId, locale });
    const table = portfolioExportTable(deps, entries, locale);
    const day = deps.clock.now().toISOString().slice(0, 10);
    return {
      fileName: form === 'ids' ? `portfolio-${day}-identifiants.csv` : `portfolio-${day}.csv`,
      csv: deps.documents.exportCsv(table, form),
    };
  };
}
