export interface PlanPrioritiesTable {
  response_id: string;
  area_id: string;
  position: number;
}

export interface PlanActionsTable {
  id: string;
  response_id: string;
  area_id: string | null;
  recommendation_id: string | null;
  title: string;
  owner: string | null;
  /** YYYY-MM-DD. */
  due_date: string | null;
  /** 'free' | 'paid'. */
  cost: string | null;
  /** 'planned' | 'in_progress' | 'done'. */
  status: string;
  position: number;
  created_at: string;
  updated_at: string;
  done_at: string | null;
}
