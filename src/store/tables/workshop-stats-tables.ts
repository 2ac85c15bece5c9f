/** Running totals over a workshop's submitted responses (see workshop-stats.ts). */
export interface WorkshopAreaStatsTable {
  workshop_id: string;
  area_id: string;
  count: number;
  sum: number;
  sum_squares: number;
  min: number;
  max: number;
}

export interface WorkshopLevelCountsTable {
  workshop_id: string;
  area_id: string;
  level: string;
  count: number;
}

export interface WorkshopRecommendationCountsTable {
  workshop_id: string;
  recommendation_id: string;
  count: number;
}

/** Running totals of each peer group (see peer-group-stats.ts). */
export interface PeerGroupSizesTable {
  questionnaire_id: string;
  peer_group: string;
  count: number;
}

export interface PeerGroupAreaStatsTable {
  questionnaire_id: string;
  peer_group: string;
  area_id: string;
  count: number;
  sum: number;
}
