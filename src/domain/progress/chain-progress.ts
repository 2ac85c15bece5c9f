import type { Level } from '../questionnaire/questionnaire-schema.js';
import type { QuestionnaireResponse } from '../response/questionnaire-response.js';
import { compareProfiles, type ProfileComparison } from './compare-profiles.js';

export type SubmittedResponse = QuestionnaireResponse & {
  status: 'submitted';
  profile: NonNullable<QuestionnaireResponse['profile']>;
  submittedAt: string;
};

export interface ChainProgress {
  /** The chain's most recently submitted diagnosis. */
  latest: SubmittedResponse;
  /** The one submitted before it, if any. */
  previous: SubmittedResponse | null;
  /** From `previous` to `latest`; null without a previous one. */
  progress: ProfileComparison | null;
}

/**
 * Where a chain of diagnoses stands: its latest submitted diagnosis and the progress since the
 * one submitted before it (drafts are left out: a diagnosis taken again and not yet submitted
 * changes nothing). Levels are counted in the latest diagnosis's `levels`. Undefined when no
 * diagnosis of the chain was submitted.
 *
 * @example chainProgress(chain, q.levels)?.progress?.overall.points // 12.5
 */
export function chainProgress(
  chain: readonly QuestionnaireResponse[],
  levels: (response: SubmittedResponse) => readonly Level[],
): ChainProgress | undefined {
  const submitted = chain
    .filter(isSubmitted)
    .sort((a, b) => a.submittedAt.localeCompare(b.submittedAt) || a.id.localeCompare(b.id));
  const latest = submitted.at(-1);
  if (!latest) return undefined;
  const previous = submitted.at(-2) ?? null;
  return {
    latest,
    previous,
    progress: previous ? compareProfiles(previous.profile, latest.profile, levels(latest)) : null,
  };
}

function isSubmitted(response: QuestionnaireResponse): response is SubmittedResponse {
  return (
    response.status === 'submitted' && response.profile !== null && response.submittedAt !== null
  );
}
