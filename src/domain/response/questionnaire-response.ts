import type { Answers } from '../answers/answer-schema.js';
import type { ProfileSummary } from '../scoring/profile-summary.js';

export type ResponseStatus = 'draft' | 'submitted';

/** One association's answers to one questionnaire id@version. */
export interface QuestionnaireResponse {
  id: string;
  questionnaireId: string;
  version: string;
  locale: string;
  status: ResponseStatus;
  /** SHA-256 of the respondent's bearer token; the token itself is never kept. */
  tokenHash: string;
  /** Optional, printed on the report; null when not given. */
  associationName: string | null;
  /**
   * The first diagnosis of its chain (its own id for a first one): taking a diagnosis again adds
   * to the chain, and one resume key opens every diagnosis of it.
   */
  chainId: string;
  /** The diagnosis this one was taken again from, if any. */
  previousResponseId: string | null;
  /** The workshop it was started in, if any. */
  workshopId: string | null;
  /** The facilitator of its workshop may see its answers, not only its scores. */
  shareAnswers: boolean;
  answers: Answers;
  /** Frozen at submission (scores and levels) so that lists and dashboards stay cheap SQL. */
  profile: ProfileSummary | null;
  /** ISO-8601 timestamps. */
  createdAt: string;
  updatedAt: string;
  submittedAt: string | null;
}
