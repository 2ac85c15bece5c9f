import type { UseCaseDependencies } from '../dependencies.js';
import type { PortfolioEntry } from './portfolio-entry.js';

/**
 * The portfolio as a spreadsheet, one row an association: its latest diagnosis (date, overall
 * and area scores and levels), its progress since the previous one (points and level steps) and
 * its own actions by status.
 * Written by the documents port like the workshop CSV, decimal commas in French. Areas are the
 * union of the questionnaires' areas, in the order first met.
 */
export function makeExportPortfolioCsv(
  deps: UseCaseDependencies,
  listPortfolio: (input: { facilitatorId: string; locale: string }) => Promise<PortfolioEntry[]>,
) {
  return async function exportPortfolioCsv({
    facilitatorId,
    locale: requestedLocale,
  }: {
    facilitatorId: string;
    locale?: string | undefined;
  }): Promise<{ fileName: string; csv: string }> {
    const locale = requestedLocale ?? 'fr';
    const entries = await listPortfolio({ facilitatorId, locale });
    const areaIds = [...new Set(entries.flatMap((entry) => entry.latest.areas.map((a) => a.id)))];
    const header = [
      'association',
      'questionnaire',
      'version',
      'shared_since',
      'submitted_at',
      'previous_submitted_at',
      'overall_score',
      'overall_level',
      'overall_points',
      'overall_level_steps',
      'plan_planned',
      'plan_in_progress',
      'plan_done',
      ...areaIds.flatMap((id) => [`${id}_score`, `${id}_level`, `${id}_points`]),
    ];
    const rows = entries.map((entry) => {
      const areas = new Map(entry.latest.areas.map((area) => [area.id, area]));
      const changes = new Map(entry.progress?.areas.map((area) => [area.areaId, area]));
      return [
        entry.associationName ?? '',
        entry.questionnaire.title,
        entry.questionnaire.version,
        entry.sharedSince,
        entry.latest.submittedAt,
        entry.progress?.previousSubmittedAt ?? '',
        entry.latest.overall.score,
        entry.latest.overall.levelTitle ?? '',
        entry.progress?.overall.points,
        entry.progress?.overall.levelSteps,
        entry.plan?.planned ?? 0,
        entry.plan?.inProgress ?? 0,
        entry.plan?.done ?? 0,
        ...areaIds.flatMap((id) => [
          areas.get(id)?.score,
          areas.get(id)?.levelTitle ?? '',
          changes.get(id)?.points,
        ]),
      ];
    });
    const csv = deps.documents.csv({ rows: [header, ...rows], decimalComma: locale === 'fr' });
    const day = deps.clock.now().toISOString().slice(0, 10);
    return { fileName: `portfolio-${day}.csv`, csv };
  };
}
