import type { UseCaseDependencies } from '../dependencies.js';
import { teamOfResponse } from './team-access.js';

/**
 * A member leaves the team; their response stays theirs, as an ordinary response. The owner
 * leaving dissolves the team (every member's response stays too).
 */
export function makeLeaveTeam(deps: UseCaseDependencies) {
  return async function leaveTeam(input: { id: string; token: string | undefined }): Promise<void> {
    await deps.store.transaction(async (repositories) => {
      const { team, member, isOwner } = await teamOfResponse(
        repositories,
        deps,
        input.id,
        input.token,
        'update',
      );
      if (isOwner) await repositories.teams.delete(team.id);
      else await repositories.teams.removeMember(member.responseId);
    });
  };
}
