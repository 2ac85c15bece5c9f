import { localize } from '../../domain/index.js';
import type { UseCaseDependencies } from '../dependencies.js';
import { documentFile } from '../document-file.js';
import { definitionOf } from '../responses/owned-response.js';
import type { DocumentFile, GroupReport } from '../report-ports.js';
import { ownedWorkshop } from './workshop-access.js';
import { loadDashboard } from './get-workshop-dashboard.js';

/** The group PDF of a workshop: its profile, level counts, shared priorities, participants. */
export function makeGetWorkshopReport(deps: UseCaseDependencies) {
  return async function getWorkshopReport({
    facilitatorId,
    workshopId,
    locale: requestedLocale,
  }: {
    facilitatorId: string;
    workshopId: string;
    locale?: string | undefined;
  }): Promise<DocumentFile> {
    const workshop = await ownedWorkshop(deps.store, facilitatorId, workshopId);
    const questionnaire = definitionOf(deps, workshop);
    const locale =
      requestedLocale && questionnaire.locales.includes(requestedLocale)
        ? requestedLocale
        : workshop.locale;
    const dashboard = await loadDashboard(deps, workshop, questionnaire, locale);
    const levelTitle = new Map(dashboard.levels.map((level) => [level.id, level.title]));
    const areaTitle = new Map(dashboard.areas.map((area) => [area.id, area.title]));
    const report: GroupReport = {
      locale,
      createdAt: workshop.createdAt,
      date: workshop.date,
      title: workshop.title,
      questionnaire: {
        id: questionnaire.id,
        version: questionnaire.version,
        title: localize(questionnaire.title, locale, questionnaire.defaultLocale),
      },
      counts: dashboard.counts,
      levels: questionnaire.levels.map((level) => ({
        id: level.id,
        title: levelTitle.get(level.id) ?? level.id,
        description: localize(level.description, locale, questionnaire.defaultLocale),
        min: level.min,
        max: level.max,
      })),
      areas: dashboard.areas.map((area) => ({
        id: area.id,
        title: area.title,
        mean: area.mean,
        min: area.min,
        max: area.max,
        stdDev: area.stdDev,
        count: area.count,
        levelCounts: area.levels.map((level) => level.count),
      })),
      overall: dashboard.overall,
      priorities: dashboard.priorities.map((priority) => ({
        title: priority.title,
        areaTitle: areaTitle.get(priority.areaId) ?? priority.areaId,
        count: priority.count,
        share: priority.share,
      })),
      agenda: {
        basis: dashboard.agenda.basis,
        minimum: dashboard.agenda.minimum,
        enough: dashboard.agenda.enough,
        latestOnly: dashboard.agenda.latestOnly,
        questions: dashboard.agenda.questions.map((question) => ({
          title: question.title,
          areaTitle: areaTitle.get(question.areaId) ?? question.areaId,
          disagreement: question.disagreement,
          answered: question.answered,
          distribution: question.distribution.map(({ label, count }) => ({ label, count })),
        })),
      },
      // Alphabetical, so that the printed list is easy to scan.
      participants: [...dashboard.participants]
        .sort((a, b) => (a.associationName ?? '').localeCompare(b.associationName ?? '', locale))
        .map((participant) => ({
          name: participant.associationName,
          submitted: participant.status === 'submitted',
          overallScore: participant.overallScore,
          overallLevel: participant.overallLevel
            ? (levelTitle.get(participant.overallLevel) ?? null)
            : null,
          areaScores: dashboard.areas.map((area) => participant.areaScores[area.id] ?? null),
        })),
    };
    return documentFile(deps.reports, `atelier-${workshop.joinCode}-${workshop.date}.pdf`, {
      kind: 'group',
      model: report,
    });
  };
}
