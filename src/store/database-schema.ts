import type { FacilitatorSessionsTable } from './tables/facilitator-sessions-table.js';
import type { FacilitatorsTable } from './tables/facilitators-table.js';
import type { PlanActionsTable, PlanPrioritiesTable } from './tables/plan-tables.js';
import type { QuestionnaireVersionsTable } from './tables/questionnaire-versions-table.js';
import type { ResponseAreaScoresTable } from './tables/response-area-scores-table.js';
import type { ResponseSharesTable } from './tables/response-shares-table.js';
import type { ResponseRecommendationsTable } from './tables/response-recommendations-table.js';
import type { ResponsesTable } from './tables/responses-table.js';
import type {
  PeerGroupAreaStatsTable,
  PeerGroupSizesTable,
  WorkshopAreaStatsTable,
  WorkshopLevelCountsTable,
  WorkshopRecommendationCountsTable,
} from './tables/workshop-stats-tables.js';
import type { WorkshopsTable } from './tables/workshops-table.js';
import type { TeamAgreementsTable, TeamMembersTable, TeamsTable } from './tables/teams-tables.js';

/** The whole database as Kysely sees it: one interface a table. */
export interface DatabaseSchema {
  questionnaire_versions: QuestionnaireVersionsTable;
  responses: ResponsesTable;
  response_area_scores: ResponseAreaScoresTable;
  response_recommendations: ResponseRecommendationsTable;
  response_shares: ResponseSharesTable;
  facilitators: FacilitatorsTable;
  facilitator_sessions: FacilitatorSessionsTable;
  workshops: WorkshopsTable;
  workshop_area_stats: WorkshopAreaStatsTable;
  workshop_level_counts: WorkshopLevelCountsTable;
  workshop_recommendation_counts: WorkshopRecommendationCountsTable;
  peer_group_sizes: PeerGroupSizesTable;
  peer_group_area_stats: PeerGroupAreaStatsTable;
  plan_priorities: PlanPrioritiesTable;
  plan_actions: PlanActionsTable;
  teams: TeamsTable;
  team_members: TeamMembersTable;
  team_agreements: TeamAgreementsTable;
}
