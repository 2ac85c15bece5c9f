export interface TeamsTable {
  id: string;
  owner_response_id: string;
  invite_token_hash: string;
  created_at: string;
}

export interface TeamMembersTable {
  response_id: string;
  team_id: string;
  display_name: string | null;
  /** 0 or 1. */
  share_answers: number;
  joined_at: string;
}

export interface TeamAgreementsTable {
  team_id: string;
  area_id: string;
  level: string;
  note: string;
  updated_at: string;
}
