import { TeamNotFoundError } from '../../domain/index.js';
import type { UseCaseDependencies } from '../dependencies.js';
import { ownedResponse } from '../responses/owned-response.js';
import { inviteUrl } from './team-access.js';
import type { z } from 'zod';
import type { TeamInviteContract } from '../../contracts/team-contract.js';

export type TeamInvite = z.infer<typeof TeamInviteContract>;

/**
 * The owner's invite link. The first call makes the response the owner of a new team; each later
 * call gives a new code, and the old one stops working (a link shared too widely is withdrawn by
 * asking for another). A member of someone else's team cannot start a team of its own.
 */
export function makeCreateTeamInvite(deps: UseCaseDependencies) {
  return async function createTeamInvite(input: {
    id: string;
    token: string | undefined;
  }): Promise<TeamInvite> {
    const code = deps.secrets.newToken();
    const hash = deps.secrets.hashToken(code);
    const now = deps.clock.now().toISOString();
    await deps.store.transaction(async (repositories) => {
      // Locked: two first requests at once make one team, the second renews its code.
      const response = await ownedResponse(repositories, deps, input.id, input.token, 'update');
      const membership = await repositories.teams.findMembership(response.id);
      if (membership) {
        if (membership.team.ownerResponseId !== response.id) throw new TeamNotFoundError();
        await repositories.teams.renewInvite(membership.team.id, hash);
        return;
      }
      const teamId = deps.secrets.newResponseId();
      await repositories.teams.insert(
        { id: teamId, ownerResponseId: response.id, inviteTokenHash: hash, createdAt: now },
        {
          responseId: response.id,
          teamId,
          displayName: null,
          shareAnswers: false,
          joinedAt: now,
        },
      );
    });
    return { inviteCode: code, inviteUrl: inviteUrl(deps, code) };
  };
}
