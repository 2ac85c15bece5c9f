export interface FacilitatorSessionsTable {
  /** SHA-256 of the secret the session cookie carries. */
  id_hash: string;
  facilitator_id: string;
  csrf_token: string;
  created_at: string;
  expires_at: string;
}
