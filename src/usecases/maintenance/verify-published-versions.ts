import type { UseCaseDependencies } from '../dependencies.js';

export class PublishedVersionChangedError extends Error {
  readonly code = 'published_version_changed';
  constructor(readonly problems: string[]) {
    super(
      `Published questionnaire versions must never change:\n${problems.map((p) => `  - ${p}`).join('\n')}`,
    );
  }
}

/**
 * Run at start: every version that responses already use must still be loaded, with the very
 * content it had at first use; otherwise old scores would silently change.
 */
export function makeVerifyPublishedVersions(deps: UseCaseDependencies) {
  return async function verifyPublishedVersions(): Promise<void> {
    const problems: string[] = [];
    for (const published of await deps.store.publishedVersions.list()) {
      const { questionnaireId, version } = published;
      const entry = deps.catalog.find(questionnaireId, version);
      if (!entry) {
        problems.push(
          `${questionnaireId}@${version} is used by stored responses but no file defines it any more: restore it.`,
        );
      } else if (entry.contentHash !== published.contentHash) {
        problems.push(
          `${entry.file} changed after ${questionnaireId}@${version} was first used: restore it and publish the change as a new version (bump "version" and save it as a new file).`,
        );
      }
    }
    if (problems.length > 0) throw new PublishedVersionChangedError(problems);
  };
}
