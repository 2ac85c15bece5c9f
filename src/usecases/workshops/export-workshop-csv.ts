import { answerTo, localize } from '../../domain/index.js';
import type { UseCaseDependencies } from '../dependencies.js';
import { definitionOf } from '../responses/owned-response.js';
import { ownedWorkshop } from './workshop-access.js';

/**
 * The workshop as a spreadsheet: one row a response (association, status, dates, overall and
 * area scores and levels, then the raw answers where the participant allowed it), written by
 * the documents port: decimal commas in French, so that a French spreadsheet opens it right.
 */
export function makeExportWorkshopCsv(deps: UseCaseDependencies) {
  return async function exportWorkshopCsv({
    facilitatorId,
    workshopId,
  }: {
    facilitatorId: string;
    workshopId: string;
  }): Promise<{ fileName: string; csv: string }> {
    const workshop = await ownedWorkshop(deps.store, facilitatorId, workshopId);
    const questionnaire = definitionOf(deps, workshop);
    const responses = await deps.store.statistics.workshopResponses(workshop.id);
    const locale = workshop.locale;
    const text = (value: Record<string, string>) =>
      localize(value, locale, questionnaire.defaultLocale);
    const levelTitle = (id: string | null | undefined) => {
      const level = questionnaire.levels.find((candidate) => candidate.id === id);
      return level ? text(level.title) : '';
    };
    const questions = [...questionnaire.contextQuestions, ...questionnaire.questions];
    const header = [
      locale === 'fr' ? 'association' : 'association',
      'status',
      'created_at',
      'submitted_at',
      'overall_score',
      'overall_level',
      ...questionnaire.areas.flatMap((area) => [`${area.id}_score`, `${area.id}_level`]),
      'answers_shared',
      ...questions.map((question) => question.id),
    ];
    const rows = responses.map((response) => {
      const areas = new Map(response.profile?.areas.map((area) => [area.id, area]));
      return [
        response.associationName ?? '',
        response.status,
        response.createdAt,
        response.submittedAt ?? '',
        response.profile?.overall.score,
        levelTitle(response.profile?.overall.level),
        ...questionnaire.areas.flatMap((area) => [
          areas.get(area.id)?.score,
          levelTitle(areas.get(area.id)?.level),
        ]),
        response.shareAnswers ? 'yes' : 'no',
        ...questions.map((question) => {
          if (!response.shareAnswers) return '';
          const answer = answerTo(response.answers, question.id);
          if (answer === undefined) return '';
          return Array.isArray(answer) ? answer.join(',') : answer;
        }),
      ];
    });
    const csv = deps.documents.csv({ rows: [header, ...rows], decimalComma: locale === 'fr' });
    return { fileName: `atelier-${workshop.joinCode}-${workshop.date}.csv`, csv };
  };
}
