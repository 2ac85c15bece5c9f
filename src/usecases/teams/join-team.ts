import { TeamInviteNotFoundError } from '../../domain/index.js';
import type { UseCaseDependencies } from '../dependencies.js';
import type { StartedResponse, StartResponseInput } from '../responses/start-response.js';
import { invitedTeam } from './team-access.js';

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
    const { owner } = await invitedTeam(deps, input.code);
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
