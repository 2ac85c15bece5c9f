/** An association's consent that a centre sees its chain of diagnoses; deleted on withdrawal. */
export interface ResponseSharesTable {
  chain_id: string;
  facilitator_id: string;
  consented_at: string;
}
