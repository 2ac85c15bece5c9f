export interface ResponseRecommendationsTable {
  response_id: string;
  recommendation_id: string;
}
