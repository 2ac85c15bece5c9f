/**
 * The workshop API's shapes, as the client reads them. Written from the agreed contract while
 * the server's zod contracts (src/http/contracts/workshop-contract.ts,
 * facilitator-contract.ts) were being written; to be replaced by `z.infer` of those.
 */
export interface Workshop {
  id: string;
  title: string;
  /** YYYY-MM-DD */
  date: string;
  questionnaireId: string;
  version: string;
  locale: string;
  /** Six characters of 23456789ABCDEFGHJKMNPQRSTUVWXYZ. */
  joinCode: string;
  joinUrl: string;
  closesAt: string | null;
  closedAt: string | null;
  open: boolean;
  createdAt: string;
}

export interface CreateWorkshopRequest {
  title: string;
  date: string;
  questionnaireId: string;
  version?: string;
  locale?: string;
  closesAt?: string;
}

export interface FacilitatorSession {
  email: string;
  csrfToken: string;
}

export interface Dashboard {
  workshop: Workshop;
  counts: { joined: number; inProgress: number; submitted: number };
  levels: Array<{ id: string; title: string; min: number; max: number }>;
  areas: Array<{
    id: string;
    title: string;
    mean: number | null;
    min: number | null;
    max: number | null;
    stdDev: number | null;
    count: number;
    levels: Array<{ levelId: string; count: number }>;
  }>;
  overall: { mean: number | null; count: number };
  priorities: Array<{ id: string; title: string; areaId: string; count: number; share: number }>;
  participants: Array<{
    responseId: string;
    associationName: string | null;
    status: 'draft' | 'submitted';
    overallScore: number | null;
    overallLevel: string | null;
    areaScores: Record<string, number | null>;
    shareAnswers: boolean;
    updatedAt: string;
    submittedAt: string | null;
  }>;
}

/** What the join page may show of a workshop before joining. */
export interface JoinableWorkshop {
  title: string;
  date: string;
  questionnaireId: string;
  version: string;
  locale: string;
  open: boolean;
}

export interface JoinRequest {
  associationName?: string;
  shareAnswers: boolean;
}

/** The mean of the submitted responses of the same budget bracket (5 or more), per area. */
export interface PeerComparison {
  groupSize: number;
  scores: Record<string, number | null>;
}
