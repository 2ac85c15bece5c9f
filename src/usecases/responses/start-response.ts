import type { Answers } from '../../domain/index.js';
import type { UseCaseDependencies } from '../dependencies.js';
import { versionToStart } from './owned-response.js';
import type { Repositories } from '../ports.js';
import type { z } from 'zod';
import type { StartedResponseContract } from '../../contracts/response-contract.js';

export interface StartResponseInput {
  questionnaireId: string;
  version?: string | undefined;
  locale?: string | undefined;
  associationName?: string | null | undefined;
  /** Set when a participant joins a workshop (see join-workshop.ts). */
  workshopId?: string | undefined;
  shareAnswers?: boolean | undefined;
  /** Answers to start from (a loaded answers file), already checked against the version. */
  answers?: Answers | undefined;
  /** More writes in the same transaction as the insert (a team member's membership). */
  alsoInTransaction?:
    ((repositories: Repositories, responseId: string) => Promise<void>) | undefined;
}

export type StartedResponse = z.infer<typeof StartedResponseContract>;

/** Opens a draft on a questionnaire version (the latest unless one is named). */
export function makeStartResponse(deps: UseCaseDependencies) {
  const recorded = new Set<string>();
  return async function startResponse(input: StartResponseInput): Promise<StartedResponse> {
    const { questionnaire, contentHash, locale } = versionToStart(deps, input);
    const now = deps.clock.now().toISOString();
    const token = deps.secrets.newToken();
    const id = deps.secrets.newResponseId();
    const response = {
      id,
      questionnaireId: questionnaire.id,
      version: questionnaire.version,
      locale,
      status: 'draft' as const,
      tokenHash: deps.secrets.hashToken(token),
      associationName: input.associationName ?? null,
      chainId: id,
      previousResponseId: null,
      workshopId: input.workshopId ?? null,
      shareAnswers: input.shareAnswers ?? false,
      answers: input.answers ?? {},
      profile: null,
      createdAt: now,
      updatedAt: now,
      submittedAt: null,
    };
    const key = `${questionnaire.id}@${questionnaire.version}`;
    await deps.store.transaction(async (repositories) => {
      // First use of a version freezes its content (see verifyPublishedVersions).
      if (!recorded.has(key)) {
        await repositories.publishedVersions.record(
          { questionnaireId: questionnaire.id, version: questionnaire.version, contentHash },
          now,
        );
      }
      await repositories.responses.insert(response);
      await input.alsoInTransaction?.(repositories, response.id);
    });
    recorded.add(key);
    return {
      id: response.id,
      token,
      questionnaireId: questionnaire.id,
      version: questionnaire.version,
      locale,
    };
  };
}
