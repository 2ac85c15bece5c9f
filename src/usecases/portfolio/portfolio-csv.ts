import type { UseCaseDependencies } from '../dependencies.js';
import type { PortfolioEntry } from './portfolio-entry.js';

/**
 * The portfolio as a spreadsheet, one row an association: its latest diagnosis (date, overall
 * and area scores and levels), its progress since the previous one (points and level steps) and
 * its own actions by status.
 * Like the workshop CSV: UTF-8 with a byte-order mark, ";" between fields, decimal commas in
 * French. Areas are the union of the questionnaires' areas, in the order first met.
 */
export function makePortfolioCsv(
  deps: UseCaseDependencies,
  portfolio: (facilitatorId: string, locale?: string) => Promise<PortfolioEntry[]>,
) {
  return async function portfolioCsv(
    facilitatorId: string,
    requestedLocale?: string,
  ): Promise<{ fileName: string; csv: string }> {
    const locale = requestedLocale ?? 'fr';
    const entries = await portfolio(facilitatorId, locale);
    const areaIds = [...new Set(entries.flatMap((entry) => entry.latest.areas.map((a) => a.id)))];
    const number = (value: number | null | undefined) =>
      value === null || value === undefined
        ? ''
        : String(value).replace('.', locale === 'fr' ? ',' : '.');
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
    ].map(textCell);
    const rows = entries.map((entry) => {
      const areas = new Map(entry.latest.areas.map((area) => [area.id, area]));
      const changes = new Map(entry.progress?.areas.map((area) => [area.areaId, area]));
      return [
        textCell(entry.associationName ?? ''),
        textCell(entry.questionnaire.title),
        textCell(entry.questionnaire.version),
        textCell(entry.sharedSince),
        textCell(entry.latest.submittedAt),
        textCell(entry.progress?.previousSubmittedAt ?? ''),
        number(entry.latest.overall.score),
        textCell(entry.latest.overall.levelTitle ?? ''),
        number(entry.progress?.overall.points),
        number(entry.progress?.overall.levelSteps),
        number(entry.plan?.planned ?? 0),
        number(entry.plan?.inProgress ?? 0),
        number(entry.plan?.done ?? 0),
        ...areaIds.flatMap((id) => [
          number(areas.get(id)?.score),
          textCell(areas.get(id)?.levelTitle ?? ''),
          number(changes.get(id)?.points),
        ]),
      ];
    });
    const csv = `\uFEFF${[header, ...rows].map((row) => row.join(';')).join('\r\n')}\r\n`;
    const day = deps.clock.now().toISOString().slice(0, 10);
    return { fileName: `portfolio-${day}.csv`, csv };
  };
}

/**
 * A text field, quoted when it holds a separator, a quote or a line break. A leading = + - @,
 * tab or carriage return would make a spreadsheet run it as a formula (CSV injection): it is
 * neutralised by a leading quote. Numbers are written by `number` above, never through here, so
 * that a negative progress ("-12,5") stays a number.
 */
export function textCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[;"\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}
