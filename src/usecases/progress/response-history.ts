import {
  compareProfiles,
  type ProfileSummary,
  type QuestionnaireResponse,
} from '../../domain/index.js';
import type { UseCaseDependencies } from '../dependencies.js';
import { definitionOf } from '../responses/owned-response.js';
import type { z } from 'zod';
import type { ChainEntryContract, ProgressContract } from '../../contracts/response-contract.js';

/** One diagnosis of a chain, as the list of an association's diagnoses shows it. */
export type ChainEntry = z.infer<typeof ChainEntryContract>;

/** How a diagnosis compares with the submitted one it was taken again from. */
export type Progress = z.infer<typeof ProgressContract>;

/**
 * The diagnoses that the same key opens (the chain, oldest first). Only those sharing the
 * token: a chain never mixes keys today, but a list must never show what a key cannot open.
 */
export async function chainOf(
  deps: Pick<UseCaseDependencies, 'store'>,
  response: QuestionnaireResponse,
): Promise<ChainEntry[]> {
  const chain = await deps.store.responses.findChain(response.chainId);
  return chain
    .filter((entry) => entry.tokenHash === response.tokenHash)
    .map((entry) => ({
      id: entry.id,
      version: entry.version,
      status: entry.status,
      createdAt: entry.createdAt,
      submittedAt: entry.submittedAt,
      overallScore: entry.profile?.overall.score ?? null,
      overallLevel: entry.profile?.overall.level ?? null,
    }));
}

/**
 * The progress since the diagnosis this one was taken again from, when that one is still there
 * and was submitted; `profile` is this one's (provisional for a draft).
 */
export async function progressOf(
  deps: Pick<UseCaseDependencies, 'store' | 'catalog'>,
  response: QuestionnaireResponse,
  profile: ProfileSummary,
): Promise<Progress | null> {
  if (!response.previousResponseId) return null;
  const previous = await deps.store.responses.findById(response.previousResponseId);
  if (!previous?.profile || !previous.submittedAt || previous.tokenHash !== response.tokenHash) {
    return null;
  }
  const levels = definitionOf(deps, response).levels;
  const actions = await deps.store.plans.listActions(previous.id);
  const actionsDone = actions
    .filter((action) => action.status === 'done' && action.doneAt !== null)
    .map((action) => ({ title: action.title, areaId: action.areaId, doneAt: action.doneAt! }))
    .sort((a, b) => a.doneAt.localeCompare(b.doneAt));
  return {
    previous: {
      id: previous.id,
      version: previous.version,
      submittedAt: previous.submittedAt,
      scores: Object.fromEntries(previous.profile.areas.map((area) => [area.id, area.score])),
    },
    changes: compareProfiles(previous.profile, profile, levels),
    actionsDone,
  };
}
