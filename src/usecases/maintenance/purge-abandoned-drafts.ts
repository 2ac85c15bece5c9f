import type { UseCaseDependencies } from '../dependencies.js';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Erases the drafts nobody has touched for `olderThanDays` days: an abandoned diagnosis should
 * not keep an association's answers for ever. Submitted responses are never purged.
 */
export function makePurgeAbandonedDrafts(deps: UseCaseDependencies) {
  return async function purgeAbandonedDrafts({
    olderThanDays,
  }: {
    olderThanDays: number;
  }): Promise<number> {
    const cutoff = new Date(deps.clock.now().getTime() - olderThanDays * DAY_MS).toISOString();
    return deps.store.transaction((repositories) =>
      repositories.responses.deleteDraftsUpdatedBefore(cutoff),
    );
  };
}
