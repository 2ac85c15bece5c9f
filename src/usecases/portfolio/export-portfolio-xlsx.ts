import type { UseCaseDependencies } from '../dependencies.js';
import type { PortfolioEntry } from './portfolio-entry.js';
import { portfolioExportTable } from './portfolio-export-table.js';

/**
 * The portfolio as an .xlsx workbook: the same table as its CSV, typed, with its codebook on a
 * second sheet, written by the document workers (refused with `DocumentsBusyError` when busy).
 */
export function makeExportPortfolioXlsx(
  deps: UseCaseDependencies,
  listPortfolio: (input: { facilitatorId: string; locale: string }) => Promise<PortfolioEntry[]>,
) {
  return async function exportPortfolioXlsx({
    facilitatorId,
    locale: requestedLocale,
  }: {
    facilitatorId: string;
    locale?: string | undefined;
  }): Promise<{ fileName: string; bytes: Uint8Array }> {
    const locale = requestedLocale ?? 'fr';
    const entries = await listPortfolio({ facilitatorId, locale });
    const table = portfolioExportTable(deps, entries, locale);
    const day = deps.clock.now().toISOString().slice(0, 10);
    return { fileName: `portfolio-${day}.xlsx`, bytes: await deps.documents.exportXlsx(table) };
  };
}
