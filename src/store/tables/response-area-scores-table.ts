export interface ResponseAreaScoresTable {
  response_id: string;
  area_id: string;
  score: number | null;
  level: string | null;
  coverage: number;
}
