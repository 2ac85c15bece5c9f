import { answerTo, localize } from '../../domain/index.js';
import type { UseCaseDependencies } from '../dependencies.js';
import { definitionOf } from '../owned-response.js';
import { ownedWorkshop } from '../workshop-access.js';

/**
 * The workshop as a spreadsheet: one row a response (association, status, dates, overall and
 * area scores and levels, then the raw answers where the participant allowed it). UTF-8 with a
 * byte-order mark and ";" between fields, decimal commas in French, so that a French spreadsheet
 * opens it right.
 */
export function makeWorkshopCsv(deps: UseCaseDependencies) {
  return async function workshopCsv(
    facilitatorId: string,
    workshopId: string,
  ): Promise<{ fileName: string; csv: string }> {
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
    const number = (value: number | null | undefined) =>
      value === null || value === undefined
        ? ''
        : String(value).replace('.', locale === 'fr' ? ',' : '.');
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
        number(response.profile?.overall.score),
        levelTitle(response.profile?.overall.level),
        ...questionnaire.areas.flatMap((area) => [
          number(areas.get(area.id)?.score),
          levelTitle(areas.get(area.id)?.level),
        ]),
        response.shareAnswers ? 'yes' : 'no',
        ...questions.map((question) => {
          if (!response.shareAnswers) return '';
          const answer = answerTo(response.answers, question.id);
          if (answer === undefined) return '';
          return Array.isArray(answer)
            ? answer.join(',')
            : number(typeof answer === 'number' ? answer : null) || String(answer);
        }),
      ];
    });
    const csv = `\uFEFF${[header, ...rows].map((row) => row.map(csvField).join(';')).join('\r\n')}\r\n`;
    return { fileName: `atelier-${workshop.joinCode}-${workshop.date}.csv`, csv };
  };
}

/** Quoted when it holds a separator, a quote or a line break; a leading = + - @ is neutralised. */
function csvField(value: string): string {
  // A cell starting with = + - @ would be run as a formula by a spreadsheet (CSV injection).
  const safe = /^[=+\-@]/.test(value) ? `'${value}` : value;
  return /[;"\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}
