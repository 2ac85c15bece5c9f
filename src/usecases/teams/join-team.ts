import {
  localize,
  TeamInviteNotFoundError,
  type QuestionnaireResponse,
  type Team,
} from '../../domain/index.js';
import type { UseCaseDependencies } from '../dependencies.js';
import { definitionOf } from '../responses/owned-response.js';
import type { StartedResponse, StartResponseInput } from '../responses/start-response.js';
import type { z } from 'zod';
import type { TeamInviteInfoContract } from '../../contracts/team-contract.js';

export type TeamInviteInfo = z.infer<typeof TeamInviteInfoContract>;

/** The team an invite code opens, and its owner's response; unknown or renewed codes are 404. */
async function invited(
  deps: UseCaseDependencies,
  code: string,
): Promise<{ team: Team; owner: QuestionnaireResponse }> {
  const team = await deps.store.teams.findByInviteHash(deps.secrets.hashToken(code));
  const owner = team && (await deps.store.responses.findById(team.ownerResponseId));
  if (!team || !owner) throw new TeamInviteNotFoundError();
  return { team, owner };
}

/** What a member sees before joining: which association, which questionnaire, how many already. */
export function makeGetTeamInvite(deps: UseCaseDependencies) {
  return async function getTeamInvite(code: string, lang?: string): Promise<TeamInviteInfo> {
    const { team, owner } = await invited(deps, code);
    const questionnaire = definitionOf(deps, owner);
    const locale = lang && questionnaire.locales.includes(lang) ? lang : owner.locale;
    return {
      associationName: owner.associationName,
      questionnaireId: owner.questionnaireId,
      version: owner.version,
      questionnaireTitle: localize(questionnaire.title, locale, questionnaire.defaultLocale),
      locale: owner.locale,
      locales: [...questionnaire.locales],
      memberCount: await deps.store.teams.countMembers(team.id),
    };
  };
}

/**
 * Joins a team: a response of the member's own (its own token and resume link), on the owner's
 * questionnaire and version and in the member's language, carrying the association's name, and
 * its membership, written in one transaction.
 */
export function makeJoinTeam(
  deps: UseCaseDependencies,
  startResponse: (input: StartResponseInput) => Promise<StartedResponse>,
) {
  return async function joinTeam(input: {
    code: string;
    displayName?: string | null | undefined;
    locale?: string | undefined;
  }): Promise<StartedResponse> {
    const { owner } = await invited(deps, input.code);
    const hash = deps.secrets.hashToken(input.code);
    return startResponse({
      questionnaireId: owner.questionnaireId,
      version: owner.version,
      locale: input.locale ?? owner.locale,
      associationName: owner.associationName,
      alsoInTransaction: async (repositories, responseId) => {
        // Read again inside the transaction: the owner may have renewed the code meanwhile.
        // Held until the membership commits: a renewal or a dissolution waits for it.
        const team = await repositories.teams.findByInviteHash(hash, { lock: 'share' });
        if (!team) throw new TeamInviteNotFoundError();
        await repositories.teams.addMember({
          responseId,
          teamId: team.id,
          displayName: input.displayName ?? null,
          shareAnswers: false,
          joinedAt: deps.clock.now().toISOString(),
        });
      },
    });
  };
}
