export interface WorkshopsTable {
  id: string;
  facilitator_id: string;
  title: string;
  /** YYYY-MM-DD. */
  date: string;
  questionnaire_id: string;
  version: string;
  locale: string;
  join_code: string;
  closes_at: string | null;
  closed_at: string | null;
  created_at: string;
}
