export interface QuestionnaireVersionsTable {
  questionnaire_id: string;
  version: string;
  content_hash: string;
  first_used_at: string;
}
