import type { Workshop } from '../../domain/index.js';
import type { UseCaseDependencies } from '../dependencies.js';
import { versionToStart } from '../responses/owned-response.js';
import { workshopView, type WorkshopView } from './workshop-view.js';

export interface CreateWorkshopInput {
  facilitatorId: string;
  title: string;
  date: string;
  questionnaireId: string;
  version?: string | undefined;
  locale?: string | undefined;
  closesAt?: string | null | undefined;
}

/** A new workshop with a join code no other workshop has. */
export function makeCreateWorkshop(deps: UseCaseDependencies) {
  return async function createWorkshop(input: CreateWorkshopInput): Promise<WorkshopView> {
    const { questionnaire, contentHash, locale } = versionToStart(deps, input);
    const now = deps.clock.now().toISOString();
    return deps.store.transaction(async (repositories) => {
      let joinCode = deps.secrets.newJoinCode();
      while (await repositories.workshops.findByJoinCode(joinCode)) {
        joinCode = deps.secrets.newJoinCode();
      }
      // The workshop points at the version; its content is frozen from now on.
      await repositories.publishedVersions.record(
        { questionnaireId: questionnaire.id, version: questionnaire.version, contentHash },
        now,
      );
      const workshop: Workshop = {
        id: deps.secrets.newResponseId(),
        facilitatorId: input.facilitatorId,
        title: input.title,
        date: input.date,
        questionnaireId: questionnaire.id,
        version: questionnaire.version,
        locale,
        joinCode,
        closesAt: input.closesAt ?? null,
        closedAt: null,
        createdAt: now,
      };
      await repositories.workshops.insert(workshop);
      return workshopView(deps, workshop);
    });
  };
}
