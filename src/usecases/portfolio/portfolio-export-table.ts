import { localize } from '../../domain/index.js';
import type { UseCaseDependencies } from '../dependencies.js';
import type { ExportCell, ExportCode, ExportColumn, ExportTable } from '../report-ports.js';
import { definitionOf } from '../responses/owned-response.js';
import type { PortfolioEntry } from './portfolio-entry.js';

/**
 * The portfolio's export, built once for its three writings, one row an association: its
 * latest diagnosis (questionnaire, dates, overall and area scores and levels), its progress
 * since the previous one (points and level steps) and its own actions by status. Areas are the
 * union of the questionnaires' areas, in the order first met; levels are codes (level ids)
 * with their titles, those of every questionnaire met.
 */
export function portfolioExportTable(
  deps: Pick<UseCaseDependencies, 'catalog'>,
  entries: readonly PortfolioEntry[],
  locale: string,
): ExportTable {
  const areaTitles = new Map<string, string>();
  const questionnaireCodes = new Map<string, ExportCode>();
  const levelCodes = new Map<string, ExportCode>();
  for (const entry of entries) {
    for (const area of entry.latest.areas) {
      if (!areaTitles.has(area.id)) areaTitles.set(area.id, area.title);
    }
    const { id, title, version } = entry.questionnaire;
    if (!questionnaireCodes.has(id)) questionnaireCodes.set(id, { id, label: { text: title } });
    const questionnaire = definitionOf(deps, { questionnaireId: id, version });
    for (const level of questionnaire.levels) {
      if (levelCodes.has(level.id)) continue;
      const label = localize(level.title, locale, questionnaire.defaultLocale);
      levelCodes.set(level.id, { id: level.id, label: { text: label } });
    }
  }
  const levels = [...levelCodes.values()];

  const columns: ExportColumn[] = [
    { id: 'association', heading: { word: 'association' }, type: 'text' },
    {
      id: 'questionnaire',
      heading: { word: 'questionnaire' },
      type: 'text',
      codes: [...questionnaireCodes.values()],
    },
    { id: 'version', heading: { word: 'version' }, type: 'text' },
    { id: 'shared_since', heading: { word: 'sharedSince' }, type: 'dateTime' },
    { id: 'submitted_at', heading: { word: 'latestSubmittedAt' }, type: 'dateTime' },
    { id: 'previous_submitted_at', heading: { word: 'previousSubmittedAt' }, type: 'dateTime' },
    { id: 'overall_score', heading: { word: 'overallScore' }, type: 'number' },
    { id: 'overall_level', heading: { word: 'overallLevel' }, type: 'text', codes: levels },
    { id: 'overall_points', heading: { word: 'overallPoints' }, type: 'number' },
    { id: 'overall_level_steps', heading: { word: 'overallLevelSteps' }, type: 'number' },
    { id: 'plan_planned', heading: { word: 'planPlanned' }, type: 'number' },
    { id: 'plan_in_progress', heading: { word: 'planInProgress' }, type: 'number' },
    { id: 'plan_done', heading: { word: 'planDone' }, type: 'number' },
    ...[...areaTitles].flatMap(([id, title]): ExportColumn[] => [
      { id: `${id}_score`, heading: { text: title }, type: 'number' },
      {
        id: `${id}_level`,
        heading: { word: 'areaLevel', area: title },
        type: 'text',
        codes: levels,
      },
      { id: `${id}_points`, heading: { word: 'areaPoints', area: title }, type: 'number' },
    ]),
  ];

  const rows = entries.map((entry): ExportCell[] => {
    const areas = new Map(entry.latest.areas.map((area) => [area.id, area]));
    const changes = new Map(entry.progress?.areas.map((area) => [area.areaId, area]));
    return [
      entry.associationName,
      entry.questionnaire.id,
      entry.questionnaire.version,
      entry.sharedSince,
      entry.latest.submittedAt,
      entry.progress?.previousSubmittedAt ?? null,
      entry.latest.overall.score,
      entry.latest.overall.level,
      entry.progress?.overall.points ?? null,
      entry.progress?.overall.levelSteps ?? null,
      entry.plan?.planned ?? 0,
      entry.plan?.inProgress ?? 0,
      entry.plan?.done ?? 0,
      ...[...areaTitles.keys()].flatMap((id) => [
        areas.get(id)?.score ?? null,
        areas.get(id)?.level ?? null,
        changes.get(id)?.points ?? null,
      ]),
    ];
  });
  return { locale, sheet: 'associationsSheet', columns, rows };
}
