import type { QuestionnaireVersionsTable } from './tables/questionnaire-versions-table.js';
import type { ResponseAreaScoresTable } from './tables/response-area-scores-table.js';
import type { ResponsesTable } from './tables/responses-table.js';

/** The whole database as Kysely sees it: one interface a table. */
export interface DatabaseSchema {
  questionnaire_versions: QuestionnaireVersionsTable;
  responses: ResponsesTable;
  response_area_scores: ResponseAreaScoresTable;
}
