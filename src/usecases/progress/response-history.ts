import {
  compareProfiles,
  type ProfileComparison,
  type ProfileSummary,
  type QuestionnaireResponse,
  type ResponseStatus,
} from '../../domain/index.js';
import type { UseCaseDependencies } from '../dependencies.js';
import { definitionOf } from '../owned-response.js';

/** One diagnosis of a chain, as the list of an association's diagnoses shows it. */
export interface ChainEntry {
  id: string;
  version: string;
  status: ResponseStatus;
  createdAt: string;
  submittedAt: string | null;
  overallScore: number | null;
  overallLevel: string | null;
}

/** How a diagnosis compares with the submitted one it was taken again from. */
export interface Progress {
  previous: {
    id: string;
    version: string;
    submittedAt: string;
    /** Its scores per area id (areas of its own version). */
    scores: Record<string, number | null>;
  };
  /** Areas matched by id across versions; the later one's levels. */
  changes: ProfileComparison;
  /** The actions of the previous diagnosis's own plan marked done, in the order they were done. */
  actionsDone: Array<{ title: string; areaId: string | null; doneAt: string }>;
}

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
