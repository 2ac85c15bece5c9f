import { answerTo, type Answers, type QuestionnaireResponse } from '../../domain/index.js';
import type { UseCaseDependencies } from '../dependencies.js';
import type { Repositories } from '../ports.js';
import type { z } from 'zod';
import type { PeerComparisonContract } from '../../contracts/response-contract.js';

export type PeerComparison = z.infer<typeof PeerComparisonContract>;

/** The answer to the peer-group context question (the budget bracket), if given. */
export function peerGroupOf(
  { settings }: Pick<UseCaseDependencies, 'settings'>,
  answers: Answers,
): string | null {
  const answer = answerTo(answers, settings.peerGroupQuestion);
  return typeof answer === 'string' ? answer : null;
}

/**
 * The average profile of the submitted responses to the same questionnaire in the same peer group,
 * only when the group is large enough that no association can be singled out.
 */
export async function peerComparison(
  repositories: Pick<Repositories, 'statistics'>,
  deps: Pick<UseCaseDependencies, 'settings'>,
  response: Pick<QuestionnaireResponse, 'questionnaireId' | 'status' | 'answers'>,
): Promise<PeerComparison | null> {
  const group = peerGroupOf(deps, response.answers);
  if (response.status !== 'submitted' || group === null) return null;
  const averages = await repositories.statistics.peerAverages(response.questionnaireId, group);
  if (averages.groupSize < deps.settings.peerGroupMinimum) return null;
  const round = (value: number | null) => (value === null ? null : Math.round(value * 10) / 10);
  return {
    groupSize: averages.groupSize,
    scores: Object.fromEntries(
      Object.entries(averages.scores).map(([area, score]) => [area, round(score)]),
    ),
  };
}
