import {
  answerTo,
  localize,
  type ContextQuestion,
  type QuestionnaireResponse,
  type ScoredQuestion,
  type Workshop,
} from '../../domain/index.js';
import type { UseCaseDependencies } from '../dependencies.js';
import type { ExportCell, ExportCode, ExportColumn, ExportTable } from '../report-ports.js';
import { definitionOf } from '../responses/owned-response.js';
import { ownedWorkshop } from './workshop-access.js';

const STATUS_CODES: ExportCode[] = [
  { id: 'draft', label: { word: 'statusDraft' } },
  { id: 'submitted', label: { word: 'statusSubmitted' } },
];
const YES_NO_CODES: ExportCode[] = [
  { id: 'yes', label: { word: 'yes' } },
  { id: 'no', label: { word: 'no' } },
];

/**
 * The workshop's export, built once for its three writings (CSV for people, CSV with ids,
 * workbook): one row a response, in the workshop's language. Association, status, dates,
 * overall and area scores and levels, whether its answers are shared, then each answer, only
 * where the participant allowed it. Column ids are those the CSV always had; levels and answers
 * are codes (level and option ids) with their labels.
 */
export async function workshopExportTable(
  deps: UseCaseDependencies,
  { facilitatorId, workshopId }: { facilitatorId: string; workshopId: string },
): Promise<{ workshop: Workshop; table: ExportTable }> {
  const workshop = await ownedWorkshop(deps.store, facilitatorId, workshopId);
  const questionnaire = definitionOf(deps, workshop);
  const responses = await deps.store.statistics.workshopResponses(workshop.id);
  const text = (value: Record<string, string>) => ({
    text: localize(value, workshop.locale, questionnaire.defaultLocale),
  });
  const levelCodes = questionnaire.levels.map((level) => ({
    id: level.id,
    label: text(level.title),
  }));
  const questions = [...questionnaire.contextQuestions, ...questionnaire.questions];

  const columns: ExportColumn[] = [
    { id: 'association', heading: { word: 'association' }, type: 'text' },
    { id: 'status', heading: { word: 'status' }, type: 'text', codes: STATUS_CODES },
    { id: 'created_at', heading: { word: 'startedAt' }, type: 'dateTime' },
    { id: 'submitted_at', heading: { word: 'submittedAt' }, type: 'dateTime' },
    { id: 'overall_score', heading: { word: 'overallScore' }, type: 'number' },
    { id: 'overall_level', heading: { word: 'overallLevel' }, type: 'text', codes: levelCodes },
    ...questionnaire.areas.flatMap((area): ExportColumn[] => {
      const title = text(area.title).text;
      return [
        { id: `${area.id}_score`, heading: { text: title }, type: 'number' },
        {
          id: `${area.id}_level`,
          heading: { word: 'areaLevel', area: title },
          type: 'text',
          codes: levelCodes,
        },
      ];
    }),
    { id: 'answers_shared', heading: { word: 'answersShared' }, type: 'text', codes: YES_NO_CODES },
    ...questions.map((question) => answerColumn(question, text)),
  ];

  const rows = responses.map((response): ExportCell[] => {
    const areas = new Map(response.profile?.areas.map((area) => [area.id, area]));
    return [
      response.associationName,
      response.status,
      response.createdAt,
      response.submittedAt,
      response.profile?.overall.score ?? null,
      response.profile?.overall.level ?? null,
      ...questionnaire.areas.flatMap((area) => [
        areas.get(area.id)?.score ?? null,
        areas.get(area.id)?.level ?? null,
      ]),
      response.shareAnswers ? 'yes' : 'no',
      ...questions.map((question) => sharedAnswer(response, question.id)),
    ];
  });
  return { workshop, table: { locale: workshop.locale, sheet: 'responsesSheet', columns, rows } };
}

/** A question's column: its options as codes; a scale holds numbers (or a special answer). */
function answerColumn(
  question: ContextQuestion | ScoredQuestion,
  text: (value: Record<string, string>) => { text: string },
): ExportColumn {
  const codes = question.options.map((option) => ({ id: option.id, label: text(option.label) }));
  const column = { id: question.id, heading: text(question.title), codes };
  if (question.type === 'scale') {
    return { ...column, type: 'number', range: { min: question.min, max: question.max } };
  }
  return { ...column, type: 'text', multiple: question.type === 'multiple' };
}

/** The answer if the participant shared its answers with the facilitator, else nothing. */
function sharedAnswer(response: QuestionnaireResponse, questionId: string): ExportCell {
  if (!response.shareAnswers) return null;
  return answerTo(response.answers, questionId) ?? null;
}
