import { compareVersions, type Questionnaire } from '../../domain/index.js';
import type { UseCaseDependencies } from '../dependencies.js';
import type { z } from 'zod';
import type { QuestionnaireSummaryContract } from '../../contracts/questionnaire-contract.js';

export type QuestionnaireSummary = z.infer<typeof QuestionnaireSummaryContract>;

/** One entry a questionnaire id, its versions oldest first. */
export function makeListQuestionnaires({ catalog }: Pick<UseCaseDependencies, 'catalog'>) {
  return function listQuestionnaires(): QuestionnaireSummary[] {
    const byId = new Map<string, Questionnaire[]>();
    for (const { questionnaire } of catalog.list()) {
      byId.set(questionnaire.id, [...(byId.get(questionnaire.id) ?? []), questionnaire]);
    }
    return [...byId.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([id, versions]) => {
        const sorted = versions.sort((a, b) => compareVersions(a.version, b.version));
        const latest = sorted.at(-1)!;
        return {
          id,
          title: latest.title,
          description: latest.description,
          locales: latest.locales,
          versions: sorted.map((q) => q.version),
          latest: latest.version,
        };
      });
  };
}
