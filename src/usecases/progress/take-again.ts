import {
  carryOverAnswers,
  ResponseNotSubmittedError,
  type QuestionnaireResponse,
} from '../../domain/index.js';
import type { UseCaseDependencies } from '../dependencies.js';
import { ownedResponse, versionToStart } from '../responses/owned-response.js';
import type { z } from 'zod';
import type { TakenAgainContract } from '../../contracts/response-contract.js';

export type TakenAgain = z.infer<typeof TakenAgainContract>;

/**
 * A new diagnosis following a submitted one: the latest version of the questionnaire, the
 * earlier answers that still fit it as a starting point, the same association name, and the
 * same token, so that the one resume key the association keeps opens its whole chain. A chain
 * has at most one draft: asking again while one is open answers that draft.
 */
export function makeTakeAgain(deps: UseCaseDependencies) {
  return async function takeAgain(input: {
    id: string;
    token: string | undefined;
  }): Promise<TakenAgain> {
    return deps.store.transaction(async (repositories) => {
      const previous = await ownedResponse(repositories, deps, input.id, input.token);
      if (previous.status !== 'submitted') throw new ResponseNotSubmittedError();
      // The chain's rows stay locked until the new draft commits: another instance asking at
      // the same moment waits. The locking read returns the rows it waited for, not a draft
      // inserted meanwhile; the read after it does. The partial unique index on drafts per
      // chain (migration 008) backs this up.
      await repositories.responses.findChain(previous.chainId, { lock: 'update' });
      const chain = await repositories.responses.findChain(previous.chainId);
      const openDraft = chain.find(
        (response) => response.status === 'draft' && response.tokenHash === previous.tokenHash,
      );
      if (openDraft) {
        return {
          ...identity(openDraft),
          previousResponseId: openDraft.previousResponseId ?? previous.id,
          carriedOver: Object.keys(openDraft.answers).length,
          dropped: [],
        };
      }

      const latest = versionToStart(deps, { questionnaireId: previous.questionnaireId });
      const { questionnaire, contentHash } = latest;
      // The association keeps its language when the new version still speaks it.
      const locale = questionnaire.locales.includes(previous.locale)
        ? previous.locale
        : latest.locale;
      const { answers, dropped } = carryOverAnswers(
        questionnaire,
        previous.answers,
        previous.version,
      );
      const now = deps.clock.now().toISOString();
      const response: QuestionnaireResponse = {
        id: deps.secrets.newResponseId(),
        questionnaireId: questionnaire.id,
        version: questionnaire.version,
        locale,
        status: 'draft',
        tokenHash: previous.tokenHash,
        associationName: previous.associationName,
        chainId: previous.chainId,
        previousResponseId: previous.id,
        // A workshop was one day's session: the new diagnosis is the association's own.
        workshopId: null,
        shareAnswers: false,
        answers,
        profile: null,
        createdAt: now,
        updatedAt: now,
        submittedAt: null,
      };
      await repositories.publishedVersions.record(
        { questionnaireId: questionnaire.id, version: questionnaire.version, contentHash },
        now,
      );
      await repositories.responses.insert(response);
      return {
        ...identity(response),
        previousResponseId: previous.id,
        carriedOver: Object.keys(answers).length,
        dropped,
      };
    });
  };
}

function identity(response: QuestionnaireResponse) {
  return {
    id: response.id,
    questionnaireId: response.questionnaireId,
    version: response.version,
    locale: response.locale,
  };
}
