import type { Generated } from 'kysely';

export interface ResponsesTable {
  id: string;
  questionnaire_id: string;
  version: string;
  locale: string;
  status: 'draft' | 'submitted';
  token_hash: string;
  association_name: Generated<string | null>;
  workshop_id: Generated<string | null>;
  /** The first diagnosis of the chain this one belongs to (its own id for a first one). */
  chain_id: string;
  /** The diagnosis this one was taken again from. */
  previous_response_id: Generated<string | null>;
  /** 0/1: the facilitator of its workshop may see its answers. */
  share_answers: Generated<number>;
  /** The answer to the peer-group context question, once submitted. */
  peer_group: Generated<string | null>;
  /** JSON text. */
  answers: string;
  /** JSON text, once submitted. */
  profile: string | null;
  overall_score: number | null;
  overall_level: string | null;
  created_at: string;
  updated_at: string;
  submitted_at: Generated<string | null>;
}
